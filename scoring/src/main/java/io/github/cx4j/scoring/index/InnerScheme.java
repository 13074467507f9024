/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import io.github.cx4j.core.Labelled;

/**
 * The inner weighting scheme of the PLS algorithm (Lohmöller 1989, section 2.3): how the inner
 * proxy of a construct combines the scores of the constructs it is connected to.
 */
public enum InnerScheme implements Labelled {
  /** Centroid (Wold 1982): the sign of the correlation with each neighbour. */
  CENTROID,
  /** Factorial (Lohmöller 1989): the correlation with each neighbour. */
  FACTORIAL,
  /**
   * Path weighting (Lohmöller 1989): multiple-regression coefficients for predecessors and
   * correlations for successors; the default of SmartPLS, seminr and cSEM.
   */
  PATH;

  @Override
  public String code() {
    return name();
  }
}
