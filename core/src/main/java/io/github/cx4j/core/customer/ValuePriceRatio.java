/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.CxValidationException;

/**
 * The value a customer sees in an offer against its price (course file "Understanding Customer
 * Service", 客户认识企业的价值价格比以及企业的选择方向): the {@linkplain #ratio() ratio}, its {@linkplain #reading()
 * reading}, and the company's two directions against a competitor's offer, a lower {@linkplain
 * #priceToMatch(ValuePriceRatio) price} or a higher {@linkplain #valueToMatch(ValuePriceRatio)
 * value}. The course's figures are lost; the arithmetic is cx4j's.
 *
 * @param perceivedValue the value the customer sees, in money, finite and at least 0
 * @param price the price, finite and more than 0
 */
public record ValuePriceRatio(double perceivedValue, double price) {

  /**
   * Checks the value and the price.
   *
   * @param perceivedValue the value seen
   * @param price the price
   * @throws CxValidationException naming the field and the value when the value is negative or not
   *     finite, or the price is not more than 0 or not finite
   */
  public ValuePriceRatio {
    if (!Double.isFinite(perceivedValue) || perceivedValue < 0) {
      throw CxValidationException.of(
          "ValuePriceRatio.perceivedValue", "be finite and at least 0", perceivedValue);
    }
    if (!Double.isFinite(price) || price <= 0) {
      throw CxValidationException.of("ValuePriceRatio.price", "be finite and more than 0", price);
    }
  }

  /**
   * An offer as a customer sees it.
   *
   * @param perceivedValue the value the customer sees
   * @param price the price
   * @return the offer
   */
  public static ValuePriceRatio of(double perceivedValue, double price) {
    return new ValuePriceRatio(perceivedValue, price);
  }

  /**
   * Value over price.
   *
   * @return 1 when the customer sees exactly what he pays for
   */
  public double ratio() {
    return perceivedValue / price;
  }

  /**
   * Whether the customer sees more, as much or less value than the price.
   *
   * @return the reading (the comparison is exact: value and price are compared, not the ratio)
   */
  public ValueForMoney reading() {
    int c = Double.compare(perceivedValue, price);
    return c > 0
        ? ValueForMoney.ABOVE_PRICE
        : c == 0 ? ValueForMoney.AT_PRICE : ValueForMoney.BELOW_PRICE;
  }

  /**
   * The price at which this offer gives the same value/price ratio as a competitor's, keeping its
   * value: the direction of a lower price.
   *
   * @param competitor the competitor's offer
   * @return {@code perceivedValue / competitor.ratio()}
   * @throws CxValidationException when the competitor's perceived value is 0 (no price matches it)
   */
  public double priceToMatch(ValuePriceRatio competitor) {
    if (competitor.perceivedValue() == 0) {
      throw CxValidationException.of(
          "ValuePriceRatio.competitor.perceivedValue", "be more than 0 to match its ratio", 0.0);
    }
    return perceivedValue / competitor.ratio();
  }

  /**
   * The value this offer must give, at its price, for the same value/price ratio as a competitor's:
   * the direction of a higher value.
   *
   * @param competitor the competitor's offer
   * @return {@code price * competitor.ratio()}
   */
  public double valueToMatch(ValuePriceRatio competitor) {
    return price * competitor.ratio();
  }
}
