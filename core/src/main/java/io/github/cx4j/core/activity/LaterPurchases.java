/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import io.github.cx4j.core.Labelled;

/**
 * What a summary does with purchases dated after its observation end (or analysis date): leave them
 * out, as a calibration period does with the purchases that follow it, or reject the input because
 * such a purchase is a data error.
 */
public enum LaterPurchases implements Labelled {
  /** Purchases after the end are left out of the summary. */
  IGNORE,
  /** A purchase after the end is an error: a {@link io.github.cx4j.core.CxValidationException}. */
  REJECT;

  @Override
  public String code() {
    return name();
  }
}
