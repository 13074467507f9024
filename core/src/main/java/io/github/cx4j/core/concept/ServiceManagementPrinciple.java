/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * How all-staff service is made to stick (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceManagementPrinciple implements Labelled {
  /** Institutionalised (制度化). */
  INSTITUTIONALISED,
  /** Systematised (系统化). */
  SYSTEMATISED,
  /** Standardised (规范化). */
  STANDARDISED,
  /** Innovative (创新化). */
  INNOVATIVE;

  @Override
  public String code() {
    return name();
  }
}
