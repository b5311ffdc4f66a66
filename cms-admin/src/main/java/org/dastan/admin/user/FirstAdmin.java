package org.dastan.admin.user;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import org.dastan.core.edit.RejectedEditException;
import org.dastan.core.user.CreateAccount;
import org.dastan.core.user.OneTimePasswords;
import org.dastan.core.user.PasswordPolicy;
import org.dastan.core.user.Role;
import org.dastan.core.user.UserAccounts;

/**
 * Creates the user {@code admin} when a new installation has no users yet. There is no
 * default password: it comes from {@code DASTAN_ADMIN_PASSWORD}, or is generated and
 * printed to the log this one time only. Either way it must meet the password policy.
 * <p>
 * Several nodes starting at once on a new database may all find no users: the unique
 * username lets one of them create {@code admin}, and the others carry on with it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(FirstAdminProperties.class)
class FirstAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger logger = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserAccounts accounts;

	private final FirstAdminProperties properties;

	private final PasswordPolicy policy;

	FirstAdmin(UserAccounts accounts, FirstAdminProperties properties, PasswordPolicy policy) {
		this.accounts = accounts;
		this.properties = properties;
		this.policy = policy;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		create();
	}

	/**
	 * Creates {@code admin}, unless another node has just done so.
	 */
	void create() {
		String given = this.properties.password();
		boolean generated = (given == null || given.isBlank());
		String password = generated ? OneTimePasswords.generate() : given;
		try {
			this.policy.check(USERNAME, password, null);
		}
		catch (RejectedEditException ex) {
			throw new IllegalStateException("DASTAN_ADMIN_PASSWORD breaks the password policy (" + ex.code()
					+ "): it needs " + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
					+ " characters and must not be a common or easily guessed password");
		}
		try {
			this.accounts.createWithPassword(new CreateAccount(USERNAME, "Administrator", null, Set.of(Role.ADMIN)),
					password);
		}
		catch (DataIntegrityViolationException | RejectedEditException ex) {
			if (this.accounts.find(USERNAME).isEmpty()) {
				throw ex;
			}
			logger.info("The first admin '{}' was created by another node starting at the same time", USERNAME);
			return;
		}
		if (generated) {
			logger.warn(
					"""

							Created the first admin. Log in at /admin/login with
							    username: {}
							    password: {}
							This password is shown only this once. Set DASTAN_ADMIN_PASSWORD before the first start to choose it.
							""",
					USERNAME, password);
		}
		else {
			logger.info("Created the first admin '{}' with the password from DASTAN_ADMIN_PASSWORD", USERNAME);
		}
	}

}
