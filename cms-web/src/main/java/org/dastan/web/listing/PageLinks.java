package org.dastan.web.listing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Links from one page of a listing to another that keep the rest of the current query,
 * such as a search's {@code q}. Templates call it as {@code @pageLinks}.
 */
@Component("pageLinks")
public class PageLinks {

	private static final String PAGE = "page";

	/**
	 * A relative link ({@code ?q=tea&page=2}) to the given page, counted from 1.
	 */
	public String to(int page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		StringJoiner query = new StringJoiner("&", "?", "");
		request.getParameterMap().forEach((name, values) -> {
			if (!PAGE.equals(name)) {
				for (String value : values) {
					query.add(encode(name) + "=" + encode(value));
				}
			}
		});
		return query.add(PAGE + "=" + page).toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
