package org.fitatlas.accounts.internal;

import org.fitatlas.shared.database.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the admin account from configuration ({@code fitatlas.admin.email} and
 * {@code fitatlas.admin.password}, e.g. FITATLAS_ADMIN_EMAIL / FITATLAS_ADMIN_PASSWORD or
 * {@code --fitatlas.admin.email=...} on the command line) when no account has that email,
 * once over all app nodes ({@link ClusterLock}).
 */
@Component
class AdminBootstrap {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountService accounts;

	private final Environment environment;

	private final ClusterLock locks;

	AdminBootstrap(AccountService accounts, Environment environment, ClusterLock locks) {
		this.accounts = accounts;
		this.environment = environment;
		this.locks = locks;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createAdmin() {
		this.accounts.recheckCanonicalEmails();
		String email = this.environment.getProperty("fitatlas.admin.email", "");
		String password = this.environment.getProperty("fitatlas.admin.password", "");
		if (email.isBlank() || password.isBlank()) {
			return;
		}
		// nodes starting together take turns: the second one finds the first one's admin
		boolean created = this.locks.holding("fitatlas.accounts.admin", () -> {
			if (this.accounts.loadUserByUsernameOrNull(email) != null) {
				return false;
			}
			this.accounts.register(email, password, "Administrator", "admin");
			return true;
		});
		if (created) {
			log.info("Created the admin account {}", email);
		}
	}

}
