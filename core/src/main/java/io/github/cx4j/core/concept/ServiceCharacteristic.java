/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The four characteristics of services (course file "Customer Relationship Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceCharacteristic implements Labelled {
  /** Intangibility (无形性). */
  INTANGIBILITY,
  /** Heterogeneity (inconsistency) (不一致性). */
  HETEROGENEITY,
  /** Inseparability (不可分割性). */
  INSEPARABILITY,
  /** Perishability (no inventory) (无存货性). */
  PERISHABILITY;

  @Override
  public String code() {
    return name();
  }
}
