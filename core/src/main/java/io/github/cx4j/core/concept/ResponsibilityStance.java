/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Two stances towards a problem: focus on what you cannot control, or on what you can (course file
 * "Customer Relationship Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ResponsibilityStance implements Labelled {
  /** Victim (受害者). */
  VICTIM,
  /** Owner (担当者). */
  OWNER;

  @Override
  public String code() {
    return name();
  }
}
