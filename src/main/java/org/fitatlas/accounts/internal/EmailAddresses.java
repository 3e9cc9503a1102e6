package org.fitatlas.accounts.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fitatlas.shared.InvalidParameter;

/**
 * The one rule that decides when two spellings are the same email address: Unicode NFKC,
 * then lower case by the root locale. The throttle, the stored canonical column and every
 * look-up use it, so no spelling can reach an account under a different throttle key.
 * Addresses whose canonical form is not stable (lower-casing changes its length, as with
 * U+0130 'İ', or a second pass changes it again) are refused rather than guessed at.
 */
final class EmailAddresses {

	static final int MAX_LENGTH = 254;

	static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private static final String ALLOWED = "an email address like name@example.org, without control characters";

	private EmailAddresses() {
	}

	/** The address as it will be shown: trimmed and NFKC-normalised, case kept. */
	static String display(String raw) {
		String trimmed = raw.strip();
		if (trimmed.length() > MAX_LENGTH * 2) {
			throw InvalidParameter.of("email", trimmed, ALLOWED);
		}
		String normal = Normalizer.normalize(trimmed, Normalizer.Form.NFKC);
		if (normal.length() > MAX_LENGTH || normal.codePoints().anyMatch(EmailAddresses::unsafe)
				|| !SHAPE.matcher(normal).matches()) {
			throw InvalidParameter.of("email", normal, ALLOWED);
		}
		return normal;
	}

	/** The key an address is stored, looked up and throttled under. */
	static String canonical(String raw) {
		String display = display(raw);
		String lower = display.toLowerCase(Locale.ROOT);
		if (lower.length() != display.length() || !Normalizer.normalize(lower, Normalizer.Form.NFKC).equals(lower)) {
			throw InvalidParameter.of("email", display,
					"an address that keeps its letters when lower-cased (U+0130 'İ' and similar letters change"
							+ " length; write them as plain 'i')");
		}
		return lower;
	}

	/** The canonical form, or empty when the text cannot be an address at all. */
	static Optional<String> canonicalOrEmpty(String raw) {
		try {
			return Optional.of(canonical(raw));
		}
		catch (InvalidParameter ex) {
			return Optional.empty();
		}
	}

	private static boolean unsafe(int c) {
		int type = Character.getType(c);
		return Character.isISOControl(c) || type == Character.FORMAT || type == Character.UNASSIGNED
				|| type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

}
