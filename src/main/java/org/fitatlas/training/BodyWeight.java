package org.fitatlas.training;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fitatlas.shared.InvalidParameter;

/**
 * A person's body weight on a day (one value a day; a second one replaces the first).
 */
public record BodyWeight(LocalDate date, BigDecimal kg) {

	public BodyWeight {
		if (kg.compareTo(BigDecimal.valueOf(20)) < 0 || kg.compareTo(BigDecimal.valueOf(400)) > 0
				|| kg.stripTrailingZeros().scale() > 2) {
			throw InvalidParameter.of("kg", kg.toPlainString(), "a number 20..400 with at most 2 decimals");
		}
	}

}
