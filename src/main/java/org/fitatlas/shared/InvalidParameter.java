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

}
