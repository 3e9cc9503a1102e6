package org.fitatlas.catalog;

import java.util.Collection;

/**
 * Thrown when a muscle, body part or equipment page is asked for a token the taxonomy
 * does not have.
 */
public final class TopicNotFound extends RuntimeException {

	private final String kind;

	private final String value;

	private final String allowed;

	private TopicNotFound(String kind, String value, String allowed) {
		super("We have no " + kind + " called '" + value + "'");
		this.kind = kind;
		this.value = value;
		this.allowed = allowed;
	}

	public static TopicNotFound of(String kind, String value, Collection<String> allowed) {
		return new TopicNotFound(kind, value, String.join(", ", allowed));
	}

	/** "muscle", "body part" or "equipment". */
	public String kind() {
		return this.kind;
	}

	public String value() {
		return this.value;
	}

	public String allowed() {
		return this.allowed;
	}

}
