package org.fitatlas.accounts.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.AccountProblem;
import org.fitatlas.accounts.PersonalData;
import org.fitatlas.shared.InvalidParameter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, password and token sign-in, token management, roles, export and deletion.
 */
@Service
public class AccountService implements UserDetailsService {

	static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	public static final List<String> ROLES = List.of("user", "editor", "admin");

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A token as shown once to its owner. */
	public record IssuedToken(UUID id, String name, String token) {
	}

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final ObjectProvider<PersonalData> personalData;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, LoginThrottle throttle,
			ObjectProvider<PersonalData> personalData) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.personalData = personalData;
	}

	@Transactional
	public AccountRepository.AccountRow register(String email, String password, String displayName) {
		return register(email, password, displayName, "user");
	}

	@Transactional
	public AccountRepository.AccountRow register(String email, String password, String displayName, String role) {
		String cleanEmail = email.trim();
		if (cleanEmail.length() > 254 || !EMAIL.matcher(cleanEmail).matches()) {
			throw InvalidParameter.of("email", cleanEmail, "an email address like name@example.org");
		}
		checkPassword(password);
		String name = displayName.trim();
		if (name.isEmpty() || name.length() > 80 || name.chars().anyMatch(Character::isISOControl)) {
			throw InvalidParameter.of("displayName", name, "1..80 printable characters");
		}
		if (this.accounts.emailTaken(cleanEmail)) {
			throw AccountProblem.emailTaken(cleanEmail);
		}
		long id = this.accounts.insert(cleanEmail, this.passwords.encode(password), name, role);
		return this.accounts.row(id).orElseThrow();
	}

	static void checkPassword(String password) {
		if (password.length() < 8 || password.length() > 200) {
			throw InvalidParameter.of("password", "(" + password.length() + " characters)", "8..200 characters");
		}
		if (CommonPasswords.contains(password)) {
			throw InvalidParameter.of("password", "(a very common password)",
					"a password that is not on the list of the most common ones; a few unrelated words work well");
		}
	}

	/** Checks email and password, counting failures for throttling. */
	public AccountPrincipal authenticate(String email, String password, String address) {
		OptionalLong wait = this.throttle.retryAfter(email, address);
		if (wait.isPresent()) {
			throw AccountProblem.tooManyAttempts(wait.getAsLong());
		}
		AccountPrincipal principal = this.accounts.byEmail(email.trim()).orElse(null);
		if (principal == null || !this.passwords.matches(password, principal.passwordHash())) {
			this.throttle.failed(email, address);
			throw AccountProblem.badCredentials();
		}
		return principal;
	}

	public IssuedToken createToken(AccountId account, String name) {
		String clean = name.trim();
		if (clean.isEmpty() || clean.length() > 80 || clean.chars().anyMatch(Character::isISOControl)) {
			throw InvalidParameter.of("name", clean, "1..80 printable characters naming where the token is used");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "fa_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		this.accounts.insertToken(id, account.value(), clean, hash(token));
		return new IssuedToken(id, clean, token);
	}

	public List<AccountRepository.TokenRow> tokens(AccountId account) {
		return this.accounts.tokens(account.value());
	}

	public void deleteToken(AccountId account, UUID id) {
		if (!this.accounts.deleteToken(id, account.value())) {
			throw AccountProblem.notFound("Token " + id);
		}
	}

	public java.util.Optional<AccountPrincipal> byToken(String token) {
		return this.accounts.byTokenHash(hash(token));
	}

	public Map<String, Object> export(AccountId account) {
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("account", this.accounts.row(account.value()).orElseThrow(() -> AccountProblem.notFound("Account")));
		export.put("tokens", this.accounts.tokens(account.value()));
		this.personalData.orderedStream().forEach((part) -> export.put(part.section(), part.exportFor(account)));
		return export;
	}

	@Transactional
	public void delete(AccountId account) {
		if (!this.accounts.delete(account.value())) {
			throw AccountProblem.notFound("Account");
		}
	}

	public void setRole(long accountId, String role) {
		if (!ROLES.contains(role)) {
			throw InvalidParameter.of("role", role, String.join(", ", ROLES));
		}
		if (!this.accounts.setRole(accountId, role)) {
			throw AccountProblem.notFound("Account " + accountId);
		}
	}

	public boolean anyAccount() {
		return this.accounts.count() > 0;
	}

	public AccountRepository.AccountRow profile(AccountId account) {
		return this.accounts.row(account.value()).orElseThrow(() -> AccountProblem.notFound("Account"));
	}

	AccountPrincipal loadUserByUsernameOrNull(String email) {
		return this.accounts.byEmail(email.trim()).orElse(null);
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.byEmail(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("no account for this email"));
	}

	static String hash(String token) {
		return org.fitatlas.shared.Hashing.sha256(token);
	}

}
