/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import io.github.cx4j.core.Labelled;

/**
 * How a construct's outer weights are estimated (Wold 1982; Lohmöller 1989): mode A regresses each
 * indicator on the construct's inner proxy (reflective blocks, weights proportional to
 * covariances), mode B regresses the inner proxy on the whole block (formative blocks,
 * multiple-regression weights).
 */
public enum Mode implements Labelled {
  /** Mode A, "reflective": weights are the covariances of the indicators with the inner proxy. */
  A,
  /** Mode B, "formative": weights are the multiple-regression coefficients of the inner proxy. */
  B;

  @Override
  public String code() {
    return name();
  }
}
