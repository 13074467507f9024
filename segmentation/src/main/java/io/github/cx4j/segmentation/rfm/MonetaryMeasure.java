/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

/**
 * Which monetary value of a customer RFM scores: the total of the purchases (the default of the R
 * package {@code rfm}) or their mean (the value per purchase).
 */
public enum MonetaryMeasure {
  /** The sum of the customer's purchase values, in the currency of the input. */
  TOTAL,
  /** The mean purchase value, in the currency of the input. */
  MEAN
}
