/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GammaGammaTest {
  private static final Cdnow CDNOW = Cdnow.load();

  @Test
  void reproducesPublishedCdnowEstimates() {
    ValueFit fit = GammaGamma.fit(CDNOW.x, CDNOW.monetary);
    assertTrue(fit.converged(), fit.message());
    assertEquals(946, fit.customers());
    assertEquals(6.25, fit.param("p"), 0.005);
    assertEquals(3.74, fit.param("q"), 0.005);
    assertEquals(15.44, fit.param("gamma"), 0.005);
  }
}
