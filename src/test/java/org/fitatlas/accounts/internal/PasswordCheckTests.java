package org.fitatlas.accounts.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in costs one BCrypt comparison whether or not the email has an account, so the
 * answer time does not tell which emails are registered.
 */
class PasswordCheckTests {

	/** A real BCrypt encoder (cost 4, to keep the test quick) that counts comparisons. */
	static final class CountingBcrypt implements PasswordEncoder {

		final AtomicInteger comparisons = new AtomicInteger();

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

		@Override
		public String encode(CharSequence raw) {
			return this.bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			this.comparisons.incrementAndGet();
			return this.bcrypt.matches(raw, encoded);
		}

	}

	@Test
	void shouldSpendOneBcryptComparisonWhenNoAccountHasTheEmail() {
		CountingBcrypt bcrypt = new CountingBcrypt();
		PasswordCheck check = new PasswordCheck(bcrypt);
		assertThat(check.matches(null, "correct horse battery")).isFalse();
		assertThat(bcrypt.comparisons).hasValue(1);
	}

	@Test
	void shouldMatchTheRightPasswordAndSpendTheSameWorkOnOverlongOnes() {
		CountingBcrypt bcrypt = new CountingBcrypt();
		PasswordCheck check = new PasswordCheck(bcrypt);
		String hash = bcrypt.encode("correct horse battery");
		assertThat(check.matches(hash, "correct horse battery")).isTrue();
		assertThat(check.matches(hash, "wrong horse battery")).isFalse();
		assertThat(check.matches(hash, "correct horse battery" + "!".repeat(60))).isFalse();
		assertThat(bcrypt.comparisons).hasValue(3);
	}

}
