package org.dastan.web.i18n;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The site speaks English and Russian. A reader's choice ({@code ?lang=ru}) is kept in a
 * cookie; without one the browser's preferred languages decide; anything else falls back
 * to English, so pages and dates never come out half in a third language.
 */
@Configuration(proxyBeanMethods = false)
public class ReaderLocales implements WebMvcConfigurer {

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

	public static final String PARAMETER = "lang";

	/** The languages a reader can switch to, each named in itself. */
	public List<LanguageChoice> choices() {
		return SUPPORTED.stream()
			.map((locale) -> new LanguageChoice(locale.getLanguage(),
					capitalized(locale.getDisplayLanguage(locale), locale)))
			.toList();
	}

	private static String capitalized(String name, Locale locale) {
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	/** A language as the switch in the masthead offers it. */
	public record LanguageChoice(String tag, String name) {
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver();
		resolver.setCookieMaxAge(Duration.ofDays(365));
		// A cookie that names no language is the reader's browser or a probe, not a
		// choice:
		// it is ignored instead of failing the page.
		resolver.setRejectInvalidCookies(false);
		resolver.setDefaultLocaleFunction(ReaderLocales::preferred);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).excludePathPatterns("/admin/**");
	}

	static Locale supported(Locale locale) {
		return SUPPORTED.stream()
			.filter((candidate) -> candidate.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(null);
	}

	private static Locale preferred(HttpServletRequest request) {
		for (Locale locale : Collections.list(request.getLocales())) {
			Locale supported = supported(locale);
			if (supported != null) {
				return supported;
			}
		}
		return Locale.ENGLISH;
	}

	/** Stores only languages the site has; a request for any other is ignored. */
	private static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super("dastan-lang");
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			Locale supported = (locale != null) ? supported(locale) : null;
			if (supported != null || locale == null) {
				super.setLocale(request, response, supported);
			}
		}

	}

}
