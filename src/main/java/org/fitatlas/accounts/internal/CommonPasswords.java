package org.fitatlas.accounts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The list of passwords people choose most often; a password on it is refused (NIST SP
 * 800-63B asks for this check instead of composition rules).
 */
final class CommonPasswords {

	private static final Set<String> LIST = load();

	private CommonPasswords() {
	}

	static boolean contains(String password) {
		return LIST.contains(password.toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		try (InputStream in = CommonPasswords.class.getClassLoader()
			.getResourceAsStream("accounts/common-passwords.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::trim)
				.filter((l) -> !l.isEmpty() && !l.startsWith("#"))
				.map((l) -> l.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
