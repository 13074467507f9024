/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParetoNbdTest {
  private static final Cdnow CDNOW = Cdnow.load();

  @Test
  void reproducesPublishedCdnowEstimates() {
    ValueFit fit = ParetoNbd.fit(CDNOW.x, CDNOW.tx, CDNOW.age);
    assertTrue(fit.converged(), fit.message());
    assertEquals(0.553, fit.param("r"), 0.0005);
    assertEquals(10.578, fit.param("alpha"), 0.0005);
    assertEquals(0.606, fit.param("s"), 0.0005);
    assertEquals(11.669, fit.param("beta"), 0.0005);
    assertEquals(-9595.0, fit.logLikelihood(), 0.05);
  }
}
