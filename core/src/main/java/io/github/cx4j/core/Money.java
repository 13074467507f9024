/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in one currency, as domain records keep it: a {@link BigDecimal} and an ISO
 * 4217 {@link Currency}. Analytics take {@code double} columns instead; {@link #toDouble()}
 * converts.
 *
 * <p>JSON: {@code {"amount":"12.30","currency":"CNY"}} (the amount as a string keeps its scale).
 */
@Value.Immutable
@CxStyle
public abstract class Money implements Comparable<Money> {

  /**
   * The amount, which may be negative (a refund) and keeps its scale.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * The currency.
   *
   * @return the ISO 4217 currency
   */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Money from an amount and a currency.
   *
   * @param amount the amount
   * @param currency the currency
   * @return the value
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * Money from a decimal text and an ISO 4217 code, for example {@code of("12.30", "CNY")}.
   *
   * @param amount a decimal number as text
   * @param currencyCode a three-letter ISO 4217 code
   * @return the value
   * @throws CxValidationException if the amount is not a number or the currency is unknown
   */
  @JsonCreator
  public static Money of(
      @JsonProperty("amount") @Nullable String amount,
      @JsonProperty("currency") @Nullable String currencyCode) {
    if (amount == null) {
      throw CxValidationException.of("Money.amount", "be present", null);
    }
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw CxValidationException.of("Money.amount", "be a decimal number", amount);
    }
    return of(parsed, currency(currencyCode));
  }

  /**
   * Zero in a currency.
   *
   * @param currency the currency
   * @return zero with the currency's default number of fraction digits
   */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO.setScale(Math.max(0, currency.getDefaultFractionDigits())), currency);
  }

  /**
   * The currency with an ISO 4217 code.
   *
   * @param code a three-letter code such as {@code "CNY"}
   * @return the currency
   * @throws CxValidationException if the code is not a known ISO 4217 code
   */
  public static Currency currency(@Nullable String code) {
    if (code == null) {
      throw CxValidationException.of("Money.currency", "be an ISO 4217 code", null);
    }
    try {
      return Currency.getInstance(code.strip());
    } catch (IllegalArgumentException e) {
      throw CxValidationException.of("Money.currency", "be a known ISO 4217 code", code);
    }
  }

  /**
   * The sum of this and another amount in the same currency.
   *
   * @param other money in the same currency
   * @return the sum
   * @throws CxValidationException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return of(amount().add(other.amount()), currency());
  }

  /**
   * This amount less another in the same currency.
   *
   * @param other money in the same currency
   * @return the difference
   * @throws CxValidationException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return of(amount().subtract(other.amount()), currency());
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true for a negative amount
   */
  @JsonIgnore
  public boolean isNegative() {
    return amount().signum() < 0;
  }

  /**
   * The amount as a {@code double}, for analytics.
   *
   * @return the amount
   */
  public double toDouble() {
    return amount().doubleValue();
  }

  @JsonProperty("amount")
  String amountText() {
    return amount().toPlainString();
  }

  @JsonProperty("currency")
  String currencyCode() {
    return currency().getCurrencyCode();
  }

  /**
   * Orders amounts of the same currency.
   *
   * @throws CxValidationException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount().compareTo(other.amount());
  }

  private void requireSameCurrency(Money other) {
    if (!currency().equals(other.currency())) {
      throw CxValidationException.of(
          "Money.currency", "be " + currency().getCurrencyCode(), other.currencyCode());
    }
  }

  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency().getCurrencyCode();
  }
}
