package org.dastan.admin.audit;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import org.dastan.admin.security.ClientAddress;
import org.dastan.core.audit.AuditKind;
import org.dastan.core.audit.AuditLog;

/**
 * Records every request that may change something in the admin (POST, PUT, PATCH, DELETE)
 * once it is answered: who, from where, which route with which ids, and the answer.
 * Requests the URL rules refuse never get here; they change nothing.
 */
class AdminChangeRecorder implements HandlerInterceptor {

	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final AuditLog audit;

	AdminChangeRecorder(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!CHANGING.contains(request.getMethod())) {
			return;
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		this.audit.recordRequest(AuditKind.CHANGE, (user != null) ? user.getName() : null, ClientAddress.of(request),
				AdminAction.name(request.getMethod(), (pattern != null) ? pattern : path,
						request.getParameter("action")),
				request.getMethod() + " " + path, target(request), outcome(response, ex));
	}

	@SuppressWarnings("unchecked")
	private static String target(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (!(variables instanceof Map<?, ?> map) || map.isEmpty()) {
			return null;
		}
		return new TreeMap<>((Map<String, String>) map).entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining(" "));
	}

	private static String outcome(HttpServletResponse response, Exception ex) {
		if (ex != null) {
			return "failed: " + ex.getClass().getSimpleName();
		}
		String location = response.getHeader(HttpHeaders.LOCATION);
		return response.getStatus() + ((location != null) ? " -> " + location : "");
	}

}
