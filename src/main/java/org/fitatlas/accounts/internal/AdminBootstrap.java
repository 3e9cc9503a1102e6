package org.fitatlas.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the admin account from configuration ({@code fitatlas.admin.email} and
 * {@code fitatlas.admin.password}, e.g. FITATLAS_ADMIN_EMAIL / FITATLAS_ADMIN_PASSWORD or
 * {@code --fitatlas.admin.email=...} on the command line) when no account has that email.
 */
@Component
class AdminBootstrap {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountService accounts;

	private final Environment environment;

	AdminBootstrap(AccountService accounts, Environment environment) {
		this.accounts = accounts;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createAdmin() {
		this.accounts.recheckCanonicalEmails();
		String email = this.environment.getProperty("fitatlas.admin.email", "");
		String password = this.environment.getProperty("fitatlas.admin.password", "");
		if (email.isBlank() || password.isBlank()) {
			return;
		}
		if (this.accounts.loadUserByUsernameOrNull(email) != null) {
			return;
		}
		this.accounts.register(email, password, "Administrator", "admin");
		log.info("Created the admin account {}", email);
	}

}
