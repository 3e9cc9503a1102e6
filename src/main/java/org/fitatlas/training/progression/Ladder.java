package org.fitatlas.training.progression;

import java.util.Optional;

/**
 * The exercise a person trains and its neighbours: the easier variation to step back to
 * and the harder one to climb to.
 */
public record Ladder(Rung current, Optional<Rung> easier, Optional<Rung> harder) {
}
