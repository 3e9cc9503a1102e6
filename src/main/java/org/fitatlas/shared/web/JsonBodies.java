package org.fitatlas.shared.web;

import java.util.Set;
import java.util.TreeSet;

import org.fitatlas.shared.InvalidParameter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON request body strictly: it must be an object of at most a configured size
 * with only the allowed fields, and each field of the expected type. Errors name the
 * field.
 */
public final class JsonBodies {

	public static final int MAX_BODY = 16 * 1024;

	private JsonBodies() {
	}

	public static JsonNode object(@Nullable String body, Set<String> allowed, JsonMapper json) {
		if (body == null || body.isBlank()) {
			throw InvalidParameter.of("body", "(empty)",
					"a JSON object with " + String.join(", ", new TreeSet<>(allowed)));
		}
		if (body.length() > MAX_BODY) {
			throw InvalidParameter.of("body", body.length() + " characters", "at most " + MAX_BODY + " characters");
		}
		JsonNode node;
		try {
			node = json.readTree(body);
		}
		catch (JacksonException ex) {
			throw InvalidParameter.of("body", "(not valid JSON)",
					"a JSON object; the parser stopped at: " + Problems.shown(String.valueOf(ex.getOriginalMessage())));
		}
		if (node == null || !node.isObject()) {
			throw InvalidParameter.of("body", "(not an object)",
					"a JSON object with " + String.join(", ", new TreeSet<>(allowed)));
		}
		for (String name : node.propertyNames()) {
			if (!allowed.contains(name)) {
				throw InvalidParameter.of(name, "(unknown field)", String.join(", ", new TreeSet<>(allowed)));
			}
		}
		return node;
	}

	public static String text(JsonNode body, String field) {
		JsonNode node = body.get(field);
		if (node == null || node.isNull()) {
			throw InvalidParameter.of(field, "(missing)", "a value is required");
		}
		if (!node.isString()) {
			throw InvalidParameter.of(field, node.toString(), "text");
		}
		return node.stringValue();
	}

}
