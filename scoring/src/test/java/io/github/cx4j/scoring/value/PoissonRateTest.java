/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PoissonRateTest {
  /** Customers who all buy at rate 0.4 while alive (r = 1e8: a rate spread of 1e-4 relative). */
  static SimulatedCustomers oneRate(long seed) {
    double[] age = new double[3000];
    for (int i = 0; i < age.length; i++) {
      age[i] = 26 + i % 26;
    }
    return BgNbd.simulate(new BgNbdModel(1e8, 1e8 / 0.4, 0.8, 4.0), age, seed);
  }

  @Test
  void aFitInThePoissonLimitGivesItsRateAndStandardError() throws Exception {
    SimulatedCustomers c = oneRate(SEED);
    ValueFit fit = BgNbd.fit(c.frequency(), c.recency(), c.age());
    assertTrue(fit.message().startsWith(PoissonLimit.MESSAGE), fit.message());
    PoissonRate rate = PoissonRate.of(fit).orElseThrow();
    assertEquals(fit.param("r") / fit.param("alpha"), rate.rate());
    assertEquals(0.4, rate.rate(), 3 * rate.standardError().getAsDouble());
    assertTrue(
        fit.message()
            .contains(
                String.format(
                    java.util.Locale.ROOT,
                    "r / alpha = %.6g per time unit, standard error %.2g)",
                    rate.rate(),
                    rate.standardError().getAsDouble())),
        fit.message());
    // the same from the fit's JSON
    ValueFit back =
        CxJson.mapper().readValue(CxJson.mapper().writeValueAsString(fit), ValueFit.class);
    assertEquals(Optional.of(rate), PoissonRate.of(back));
    // parameters alone give the rate without a standard error
    assertEquals(
        Optional.of(new PoissonRate(rate.rate(), OptionalDouble.empty())),
        PoissonRate.of(fit.model(), fit.params()));
  }

  @Test
  void aFitWithFiniteShapesOrAnotherModelHasNone() {
    SimulatedCustomers c = BgNbd.simulate(new BgNbdModel(2.0, 5.0, 0.8, 4.0), oneRate(1).age(), 3);
    ValueFit fit = BgNbd.fit(c.frequency(), c.recency(), c.age());
    assertEquals(Optional.empty(), PoissonRate.of(fit));
    assertEquals(Optional.empty(), PoissonRate.of(fit.model(), fit.params()));
    assertEquals(
        Optional.empty(),
        PoissonRate.of(
            ValueModelKind.PARETONBD,
            Map.of("r", PoissonRate.REPORTED_R, "alpha", 1e12, "s", 1.0, "beta", 2.0)));
    // r at the stand-in for infinity but no boundary message: not a fit in the limit
    ValueFit odd =
        new ValueFit(
            ValueModelKind.BGNBD,
            Map.of("r", PoissonRate.REPORTED_R, "alpha", 2.5e12, "a", 0.8, "b", 4.0),
            Map.of(),
            -10.0,
            true,
            3,
            10,
            10,
            "converged");
    assertEquals(Optional.empty(), PoissonRate.of(odd));
  }

  @Test
  void badRatesAreRejectedNamingTheField() {
    CxValidationException e =
        assertThrows(
            CxValidationException.class, () -> new PoissonRate(0.0, OptionalDouble.empty()));
    assertEquals("PoissonRate.rate must be positive and finite, was 0.0", e.getMessage());
    e =
        assertThrows(
            CxValidationException.class, () -> new PoissonRate(0.4, OptionalDouble.of(Double.NaN)));
    assertEquals(
        "PoissonRate.standardError must be finite and non-negative, was NaN", e.getMessage());
  }

  /** A seed whose sample has its likelihood's supremum in the limit (about half of them do). */
  static final long SEED = 2;
}
