package org.fitatlas.accounts.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.fitatlas.accounts.AccountId;
import org.fitatlas.accounts.AccountProblem;
import org.fitatlas.accounts.PersonalData;
import org.fitatlas.shared.InvalidParameter;
import org.fitatlas.shared.RateLimit;
import org.fitatlas.shared.database.WindowCounters;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, password and token sign-in, token management, roles, export and deletion.
 */
@Service
public class AccountService {

	public static final List<String> ROLES = List.of("user", "editor", "admin");

	/** The longest a token may live when it is given an expiry. */
	public static final int MAX_TOKEN_DAYS = 365;

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * A token as shown once to its owner; Serializable because the page hands it over in
	 * a flash attribute, which lives in the page session in PostgreSQL.
	 */
	public record IssuedToken(UUID id, String name, String token,
			@Nullable OffsetDateTime expiresAt) implements java.io.Serializable {
	}

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PasswordCheck passwordCheck;

	private final LoginThrottle throttle;

	private final RateLimit registrations;

	private final ObjectProvider<PersonalData> personalData;

	AccountService(AccountRepository accounts, PasswordEncoder passwords, LoginThrottle throttle,
			ObjectProvider<PersonalData> personalData, WindowCounters counters,
			@Value("${fitatlas.limits.registrations-per-hour:5}") int registrationsPerHour) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.passwordCheck = new PasswordCheck(passwords);
		this.throttle = throttle;
		this.personalData = personalData;
		this.registrations = new RateLimit(counters, "registrations", registrationsPerHour, Duration.ofHours(1));
	}

	/**
	 * Registration by a person from {@code address}, limited per address. Not one
	 * transaction: the count commits on its own (a refused registration still counts),
	 * and a request never holds two pooled connections at once, which under load could
	 * leave every connection waiting for a second one.
	 */
	public AccountRepository.AccountRow registerFrom(String email, String password, String displayName,
			String address) {
		return create(email, password, displayName, "user", address);
	}

	/** An account made in-process (tests, tools); not rate-limited. */
	@Transactional
	public AccountRepository.AccountRow register(String email, String password, String displayName) {
		return create(email, password, displayName, "user", null);
	}

	/** An account made by the operator (the configured admin); not rate-limited. */
	@Transactional
	public AccountRepository.AccountRow register(String email, String password, String displayName, String role) {
		return create(email, password, displayName, role, null);
	}

	private AccountRepository.AccountRow create(String email, String password, String displayName, String role,
			@Nullable String address) {
		String shown = EmailAddresses.display(email);
		String canonical = EmailAddresses.canonical(email);
		checkPassword(password);
		String name = displayName.strip();
		if (name.isEmpty() || name.length() > 80 || name.codePoints().anyMatch(Character::isISOControl)) {
			throw InvalidParameter.of("displayName", name, "1..80 printable characters");
		}
		if (address != null) {
			// counted before the "taken" check, so probing which emails exist is limited
			// too
			this.registrations.acquire(address);
		}
		if (this.accounts.emailTaken(canonical)) {
			throw AccountProblem.emailTaken(shown);
		}
		try {
			long id = this.accounts.insert(shown, canonical, this.passwords.encode(password), name, role);
			return this.accounts.row(id).orElseThrow();
		}
		catch (DuplicateKeyException ex) {
			// the same address registered at the same moment
			throw AccountProblem.emailTaken(shown);
		}
	}

	static void checkPassword(String password) {
		if (password.length() < 8 || !PasswordCheck.fits(password)) {
			throw InvalidParameter.of("password", "(" + password.length() + " characters)",
					"8 or more characters and at most " + PasswordCheck.MAX_BYTES
							+ " bytes (72 plain letters; accented letters take 2 bytes, emoji 4)");
		}
		if (CommonPasswords.contains(password)) {
			throw InvalidParameter.of("password", "(a very common password)",
					"a password that is not on the list of the most common ones; a few unrelated words work well");
		}
	}

	/**
	 * Checks email and password from a client address under the sign-in throttle
	 * ({@link LoginThrottle}).
	 */
	public AccountPrincipal authenticate(String email, String password, String address) {
		String canonical = EmailAddresses.canonicalOrEmpty(email).orElse(null);
		String throttleKey = (canonical != null) ? canonical : "(not an address)";
		OptionalLong wait = this.throttle.admit(throttleKey, address);
		if (wait.isPresent()) {
			throw AccountProblem.tooManyAttempts(wait.getAsLong());
		}
		AccountPrincipal principal = (canonical != null) ? this.accounts.byCanonicalEmail(canonical).orElse(null)
				: null;
		if (!this.passwordCheck.matches((principal != null) ? principal.passwordHash() : null, password)
				|| principal == null) {
			this.throttle.failed(throttleKey, address);
			throw AccountProblem.badCredentials();
		}
		this.throttle.succeeded(throttleKey, address);
		return principal;
	}

	public IssuedToken createToken(AccountId account, String name) {
		return createToken(account, name, null);
	}

	/**
	 * A new token, valid for {@code days} days when given (1..365), else until deleted.
	 */
	public IssuedToken createToken(AccountId account, String name, @Nullable Integer days) {
		if (days != null && (days < 1 || days > MAX_TOKEN_DAYS)) {
			throw InvalidParameter.of("expiresInDays", String.valueOf(days),
					"1.." + MAX_TOKEN_DAYS + " days, or leave it out for a token that lasts until deleted");
		}
		String clean = name.strip();
		if (clean.isEmpty() || clean.length() > 80 || clean.chars().anyMatch(Character::isISOControl)) {
			throw InvalidParameter.of("name", clean, "1..80 printable characters naming where the token is used");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "fa_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		UUID id = UUID.randomUUID();
		OffsetDateTime expiresAt = (days != null)
				? OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).truncatedTo(ChronoUnit.SECONDS) : null;
		this.accounts.insertToken(id, account.value(), clean, hash(token), expiresAt);
		return new IssuedToken(id, clean, token, expiresAt);
	}

	public List<AccountRepository.TokenRow> tokens(AccountId account) {
		return this.accounts.tokens(account.value());
	}

	public void deleteToken(AccountId account, UUID id) {
		if (!this.accounts.deleteToken(id, account.value())) {
			throw AccountProblem.notFound("Token " + id);
		}
	}

	public Optional<AccountPrincipal> byToken(String token) {
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

	/** Whether the account behind a session still exists (it may have been deleted). */
	public boolean exists(long accountId) {
		return this.accounts.exists(accountId);
	}

	public AccountRepository.AccountRow profile(AccountId account) {
		return this.accounts.row(account.value()).orElseThrow(() -> AccountProblem.notFound("Account"));
	}

	@Nullable AccountPrincipal loadUserByUsernameOrNull(String email) {
		return EmailAddresses.canonicalOrEmpty(email).flatMap(this.accounts::byCanonicalEmail).orElse(null);
	}

	/**
	 * Stored canonical keys agree with {@link EmailAddresses}: rows from before the
	 * canonical column got PostgreSQL's lower-casing, which may differ for some letters.
	 */
	void recheckCanonicalEmails() {
		for (AccountRepository.StoredEmail stored : this.accounts.storedEmails()) {
			EmailAddresses.canonicalOrEmpty(stored.email())
				.filter((canonical) -> !canonical.equals(stored.canonical()))
				.ifPresent((canonical) -> this.accounts.setCanonical(stored.id(), canonical));
		}
	}

	static String hash(String token) {
		return org.fitatlas.shared.Hashing.sha256(token);
	}

}
