/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One purchase: who bought, on which calendar day, for how much, and optionally how many items and
 * in which currency. Customer-base models work at the granularity of a day (the CDNOW data records
 * dates, not times), so a purchase known as an {@link Instant} is placed on its day in the
 * merchant's time zone with {@link #at(CustomerId, Instant, ZoneId, double)}.
 *
 * <p>JSON: {@code {"amount":29.33,"customer":"1","date":"1997-01-01","quantity":2}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTransaction.class)
@JsonDeserialize(as = ImmutableTransaction.class)
public abstract class Transaction {

  /** The earliest date a transaction may carry: its epoch day must fit an {@code int}. */
  static final LocalDate MIN_DATE = LocalDate.ofEpochDay(Integer.MIN_VALUE + 1L);

  /** The latest date a transaction may carry. */
  static final LocalDate MAX_DATE = LocalDate.ofEpochDay(Integer.MAX_VALUE);

  /**
   * The customer who bought.
   *
   * @return the customer
   */
  public abstract CustomerId customer();

  /**
   * The calendar day of the purchase.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The value of the purchase, in the currency of the log (or of {@link #currency()}).
   *
   * @return a finite, non-negative amount
   */
  public abstract double amount();

  /**
   * The number of items bought, if known.
   *
   * @return the quantity, at least 0
   */
  public abstract OptionalInt quantity();

  /**
   * The currency of {@link #amount()}, if known.
   *
   * @return the ISO 4217 currency
   */
  public abstract Optional<Currency> currency();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Transaction}. */
  public static final class Builder extends ImmutableTransaction.Builder {}

  /**
   * A purchase on a day.
   *
   * @param customer the customer
   * @param date the day
   * @param amount the value, finite and not negative
   * @return the transaction
   * @throws CxValidationException if the amount is negative or not finite
   */
  public static Transaction of(CustomerId customer, LocalDate date, double amount) {
    return builder().customer(customer).date(date).amount(amount).build();
  }

  /**
   * A purchase on a day with an amount of money; the currency is kept.
   *
   * @param customer the customer
   * @param date the day
   * @param amount the value, not negative
   * @return the transaction
   */
  public static Transaction of(CustomerId customer, LocalDate date, Money amount) {
    return builder()
        .customer(customer)
        .date(date)
        .amount(amount.toDouble())
        .currency(amount.currency())
        .build();
  }

  /**
   * A purchase at a moment, placed on its calendar day in a time zone.
   *
   * @param customer the customer
   * @param moment when the purchase happened
   * @param zone the time zone whose calendar decides the day (the merchant's)
   * @param amount the value, finite and not negative
   * @return the transaction
   */
  public static Transaction at(CustomerId customer, Instant moment, ZoneId zone, double amount) {
    return of(customer, LocalDate.ofInstant(moment, zone), amount);
  }

  @Value.Check
  void check() {
    checkAmount("Transaction.amount", amount());
    checkDate("Transaction.date", date());
    if (quantity().isPresent() && quantity().getAsInt() < 0) {
      throw CxValidationException.of(
          "Transaction.quantity", "not be negative", quantity().getAsInt());
    }
  }

  static void checkAmount(String field, double amount) {
    if (!Double.isFinite(amount) || amount < 0) {
      throw CxValidationException.of(field, "be finite and not negative", amount);
    }
  }

  static void checkDate(String field, LocalDate date) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw CxValidationException.of(field, "be between " + MIN_DATE + " and " + MAX_DATE, date);
    }
  }
}
