/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.Labelled;

/**
 * How a customer reads an offer's {@link ValuePriceRatio value/price ratio} (course file
 * "Understanding Customer Service", figures 客户认识企业的价值价格比以及企业的选择方向（一）（二）): the value he sees is
 * above the price, equal to it, or below it. The figures themselves are lost in the extracted text;
 * the three readings and the directions in their descriptions are cx4j's reading of the heading.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ValueForMoney implements Labelled {
  /** The value seen is above the price (物超所值). */
  ABOVE_PRICE,
  /** The value seen equals the price (物有所值). */
  AT_PRICE,
  /** The value seen is below the price (物非所值). */
  BELOW_PRICE;

  @Override
  public String code() {
    return name();
  }
}
