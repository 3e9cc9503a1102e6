package org.fitatlas.training;

import java.time.OffsetDateTime;

/**
 * An atlas exercise a person has logged: when they last trained it and in how many
 * sessions.
 */
public record LoggedExercise(String slug, String name, OffsetDateTime lastTrained, int sessions) {

}
