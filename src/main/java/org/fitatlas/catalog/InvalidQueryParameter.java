package org.fitatlas.catalog;

/**
 * A request parameter with a value outside what is allowed.
 */
public final class InvalidQueryParameter extends RuntimeException {

	private final String parameter;

	private final String value;

	private final String allowed;

	private InvalidQueryParameter(String parameter, String value, String allowed) {
		super("Parameter '" + parameter + "' has the value '" + value + "'; allowed: " + allowed);
		this.parameter = parameter;
		this.value = value;
		this.allowed = allowed;
	}

	public static InvalidQueryParameter of(String parameter, String value, String allowed) {
		String shown = (value.length() > 60) ? value.substring(0, 60) + "…" : value;
		return new InvalidQueryParameter(parameter, shown, allowed);
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

}
