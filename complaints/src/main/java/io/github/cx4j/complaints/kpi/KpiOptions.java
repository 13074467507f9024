/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.core.CxValidationException;
import java.util.Currency;
import java.util.OptionalLong;

/**
 * Options of {@link ComplaintKpis}.
 *
 * @param repeatWindowDays a complaint counts as resolved at first contact when the same customer
 *     does not complain again in the same category within this many days after it (at least 1)
 * @param customers the size of the customer base, for the rate per 1,000 customers, if known
 * @param currency the reporting currency of redress in the column path
 */
public record KpiOptions(int repeatWindowDays, OptionalLong customers, Currency currency) {

  /** Checks the options. */
  public KpiOptions {
    if (repeatWindowDays < 1) {
      throw CxValidationException.of(
          "KpiOptions.repeatWindowDays", "be at least 1", repeatWindowDays);
    }
    if (customers == null) {
      customers = OptionalLong.empty();
    }
    if (customers.isPresent() && customers.getAsLong() < 1) {
      throw CxValidationException.of(
          "KpiOptions.customers", "be at least 1", customers.getAsLong());
    }
    if (currency == null) {
      throw CxValidationException.of("KpiOptions.currency", "be present", null);
    }
  }

  /**
   * The defaults: a 7-day repeat window, unknown customer base, redress in CNY.
   *
   * @return the options
   */
  public static KpiOptions defaults() {
    return new KpiOptions(7, OptionalLong.empty(), Currency.getInstance("CNY"));
  }

  /**
   * These options with the size of the customer base.
   *
   * @param count the number of customers, at least 1
   * @return a copy
   */
  public KpiOptions withCustomers(long count) {
    return new KpiOptions(repeatWindowDays, OptionalLong.of(count), currency);
  }

  /**
   * These options with another repeat window.
   *
   * @param days the window in days
   * @return a copy
   */
  public KpiOptions withRepeatWindowDays(int days) {
    return new KpiOptions(days, customers, currency);
  }

  /**
   * These options with another reporting currency.
   *
   * @param code an ISO 4217 code
   * @return a copy
   */
  public KpiOptions withCurrency(String code) {
    return new KpiOptions(repeatWindowDays, customers, io.github.cx4j.core.Money.currency(code));
  }
}
