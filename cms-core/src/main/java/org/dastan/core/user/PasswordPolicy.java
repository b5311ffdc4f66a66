package org.dastan.core.user;

import java.util.Locale;
import java.util.Map;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.dastan.core.edit.RejectedEditException;

/**
 * What a password must be, wherever one is set: 12 to 128 characters, not the username,
 * not one of the 100,000 common passwords nbvcxz ships, and not guessable in the way
 * nbvcxz (a zxcvbn port) estimates: keyboard walks, repeats, words with digits.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** Long enough for any passphrase; more would only let a login cost the server. */
	public static final int MAX_LENGTH = 128;

	/**
	 * nbvcxz reads its dictionaries (megabytes of words) when first used. They wait in a
	 * holder class so that start-up does not; {@link #prepareInBackground()} loads them
	 * once the application is up, before anyone picks a password.
	 */
	private static final class Dictionaries {

		static final Map<String, Integer> COMMON = ConfigurationBuilder.getDefaultDictionaries()
			.stream()
			.filter((dictionary) -> "passwords".equals(dictionary.getDictionaryName()))
			.findFirst()
			.map(Dictionary::getDictonary)
			.orElseThrow(() -> new IllegalStateException("nbvcxz ships no list of common passwords"));

		static final Nbvcxz ESTIMATOR = new Nbvcxz();

	}

	@EventListener(ApplicationReadyEvent.class)
	void prepareInBackground() {
		Thread loader = new Thread(() -> Dictionaries.ESTIMATOR.estimate("warm up"), "password-dictionaries");
		loader.setDaemon(true);
		loader.start();
	}

	/**
	 * Refuses a password that breaks the policy.
	 * @param username whose password it is
	 * @param password the plain password
	 * @param field the form field that holds it, for the message
	 * @throws RejectedEditException naming the rule broken
	 */
	public void check(String username, String password, String field) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new RejectedEditException(field, "rule.password.too-short", MIN_LENGTH);
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			throw new RejectedEditException(field, "rule.password.too-long", MAX_LENGTH);
		}
		if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
			throw new RejectedEditException(field, "rule.password.username");
		}
		if (Dictionaries.COMMON.containsKey(password.toLowerCase(Locale.ROOT))) {
			throw new RejectedEditException(field, "rule.password.common");
		}
		if (!Dictionaries.ESTIMATOR.estimate(password).isMinimumEntropyMet()) {
			throw new RejectedEditException(field, "rule.password.guessable");
		}
	}

}
