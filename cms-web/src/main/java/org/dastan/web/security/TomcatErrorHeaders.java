package org.dastan.web.security;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Gives the answers Tomcat makes itself (a 400 for a malformed path or header, before any
 * Spring filter runs) the same security headers as every other response, and keeps them
 * free of Tomcat's version and stack traces.
 */
@Component
class TomcatErrorHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				replaceErrorReportValve(host);
			}
		});
	}

	// After Spring Boot's customizer, which adds a plain ErrorReportValve of its own.
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static void replaceErrorReportValve(StandardHost host) {
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve) {
				host.getPipeline().removeValve(valve);
			}
		}
		host.setErrorReportValveClass(HeaderedErrorReportValve.class.getName());
		host.getPipeline().addValve(new HeaderedErrorReportValve());
	}

	/** Tomcat's error report, with the security headers and without server details. */
	public static class HeaderedErrorReportValve extends ErrorReportValve {

		public HeaderedErrorReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (!response.isCommitted()) {
				SecurityHeaders.NAMES_AND_VALUES.forEach((name, value) -> {
					if (!response.containsHeader(name)) {
						response.setHeader(name, value);
					}
				});
			}
			super.report(request, response, throwable);
		}

	}

}
