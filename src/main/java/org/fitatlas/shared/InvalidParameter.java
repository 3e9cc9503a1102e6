package org.fitatlas.shared;

/**
 * A request parameter (or command field) with a value outside what is allowed; the API
 * answers it with a 400 problem naming the parameter and the allowed values.
 */
public final class InvalidParameter extends RuntimeException {

	private final String parameter;

	private final String value;

	private final String allowed;

	private InvalidParameter(String parameter, String value, String allowed) {
		super("Parameter '" + parameter + "' has the value '" + value + "'; allowed: " + allowed);
		this.parameter = parameter;
		this.value = value;
		this.allowed = allowed;
	}

	public static InvalidParameter of(String parameter, String value, String allowed) {
		String shown = (value.length() > 60) ? value.substring(0, 60) + "…" : value;
		return new InvalidParameter(parameter, shown, allowed);
	}

	public String parameter() {
		return this.parameter;
	}

	public String value() {
		return this.value;
	}

	public String allowed() {
		return this.allowed;
	}

	/**
	 * The same in words for a person filling in a form, without the parameter's code
	 * name: "Pregnancy trimester: nothing was chosen. Allowed: 1, 2 or 3." The API keeps
	 * {@link #getMessage()}, which names the parameter as the API spells it.
	 */
	public String sentence() {
		String what;
		if (this.value.equals("(missing)") || this.value.isBlank()) {
			what = "nothing was given";
		}
		else if (this.value.length() > 2 && this.value.startsWith("(") && this.value.endsWith(")")) {
			what = "this is " + this.value.substring(1, this.value.length() - 1);
		}
		else {
			what = "'" + this.value + "' is not possible here";
		}
		return label(this.parameter) + ": " + what + ". Allowed: " + this.allowed + ".";
	}

	/**
	 * "pregnancyTrimester" → "Pregnancy trimester", "oneRepMaxes.squat" → "One rep maxes,
	 * squat".
	 */
	static String label(String parameter) {
		String words = parameter.replace('.', ',')
			.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
			.replaceAll(",", ", ")
			.replace('-', ' ')
			.toLowerCase(java.util.Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
