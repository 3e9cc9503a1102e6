package org.fitatlas.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Compares a password with a stored hash, spending the same BCrypt work whether or not an
 * account exists (a dummy hash stands in), so the answer time does not tell which emails
 * have accounts. BCrypt reads at most 72 bytes; longer passwords never match.
 */
final class PasswordCheck {

	static final int MAX_BYTES = 72;

	private final PasswordEncoder encoder;

	private final String dummyHash;

	PasswordCheck(PasswordEncoder encoder) {
		this.encoder = encoder;
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		this.dummyHash = encoder.encode(Base64.getEncoder().encodeToString(random));
	}

	boolean matches(@Nullable String storedHash, String password) {
		String hash = (storedHash != null) ? storedHash : this.dummyHash;
		if (!fits(password)) {
			this.encoder.matches("(too long)", hash);
			return false;
		}
		boolean matches = this.encoder.matches(password, hash);
		return matches && storedHash != null;
	}

	static boolean fits(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

}
