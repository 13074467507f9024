/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The three structure models of visual and hearing satisfaction, course file "CS Theory and Keeping
 * Customers" (CS理论与永远留住客户), slide "(三) VHS-视听满意": 一元化, 商标, 多元. The slide names them only; the
 * descriptions follow the usual reading of identity structures (monolithic, branded, endorsed or
 * diversified).
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum VhsStructureModel implements Labelled {
  /** One identity for everything (一元化). */
  UNIFIED,
  /** Identity by trademark (商标). */
  TRADEMARK,
  /** Many identities (多元). */
  DIVERSIFIED;

  @Override
  public String code() {
    return name();
  }
}
