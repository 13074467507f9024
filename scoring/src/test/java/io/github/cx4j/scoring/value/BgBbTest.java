/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BgBbTest {
  /**
   * The 22 recency/frequency patterns of the 11,104 members of the 1995 cohort of a nonprofit's
   * donors, 6 annual donation opportunities (Fader, Hardie and Shang 2010, "Customer-base analysis
   * in a discrete-time noncontractual setting", Marketing Science 29(6), Table 1): x, t_x, count.
   */
  static final int[][] DONATIONS = {
    {6, 6, 1203}, {5, 6, 728}, {4, 6, 512}, {3, 6, 357}, {2, 6, 234}, {1, 6, 129},
    {5, 5, 335}, {4, 5, 284}, {3, 5, 225}, {2, 5, 173}, {1, 5, 119}, {4, 4, 240},
    {3, 4, 181}, {2, 4, 155}, {1, 4, 78}, {3, 3, 322}, {2, 3, 255}, {1, 3, 129},
    {2, 2, 613}, {1, 2, 277}, {1, 1, 1091}, {0, 0, 3464}
  };

  static int[] x() {
    int[] x = new int[DONATIONS.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = DONATIONS[i][0];
    }
    return x;
  }

  static double[] column(int c) {
    double[] v = new double[DONATIONS.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = c < 0 ? 6 : DONATIONS[i][c];
    }
    return v;
  }

  @Test
  void reproducesFaderHardieShang2010() {
    ValueFit fit = BgBb.fit(x(), column(1), column(-1), column(2));
    assertTrue(fit.converged(), fit.message());
    assertEquals(11104, fit.customers());
    assertEquals(1.204, fit.param("alpha"), 0.0005);
    assertEquals(0.750, fit.param("beta"), 0.0005);
    assertEquals(0.657, fit.param("gamma"), 0.0005);
    assertEquals(2.783, fit.param("delta"), 0.0005);
    assertEquals(-33225.6, fit.logLikelihood(), 0.05);
  }
}
