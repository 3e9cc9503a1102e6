package org.fitatlas.training;

/**
 * The result of a write that may be a replay: the stored value, and whether this request
 * created it (false when the same id was already there).
 */
public record Stored<T>(T value, boolean created) {
}
