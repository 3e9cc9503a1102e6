package org.fitatlas.accounts;

import java.util.Optional;

import org.fitatlas.accounts.internal.AccountPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making the current request, if anyone has signed in (session or API token).
 */
@Component
public class CurrentAccount {

	public Optional<AccountId> id() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(new AccountId(principal.id()));
		}
		return Optional.empty();
	}

	/** The signed-in person, or {@link NotSignedIn} (answered with 401). */
	public AccountId required() {
		return id().orElseThrow(NotSignedIn::new);
	}

}
