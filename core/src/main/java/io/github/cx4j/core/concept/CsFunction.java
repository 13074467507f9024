/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The functions of CS, course file "CS Theory and Keeping Customers" (CS理论与永远留住客户), slide "(四)
 * CS的功能". The slide gives the three headings only; the descriptions are cx4j's glosses.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum CsFunction implements Labelled {
  /** The problems a CS strategy can solve (CS战略所能解决的问题). */
  PROBLEMS_SOLVED,
  /** The internal functions of CS (CS的企业内部功能). */
  INTERNAL_FUNCTIONS,
  /** The external functions of CS (CS的企业外部功能). */
  EXTERNAL_FUNCTIONS;

  @Override
  public String code() {
    return name();
  }
}
