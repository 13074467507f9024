/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.activity;

import io.github.cx4j.core.CxValidationException;
import java.io.Serializable;

/**
 * The names of the customer, date and amount columns of a purchase table. The date column may be a
 * {@code date}, a {@code timestamp} (its date in the session time zone) or an ISO-8601 string; the
 * customer column any type Spark can group by.
 */
public final class PurchaseColumns implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The conventional names {@code customer}, {@code date} and {@code amount}. */
  public static final PurchaseColumns DEFAULT = of("customer", "date", "amount");

  private final String customer;
  private final String date;
  private final String amount;

  private PurchaseColumns(String customer, String date, String amount) {
    this.customer = customer;
    this.date = date;
    this.amount = amount;
  }

  /**
   * Column names.
   *
   * @param customer the customer column
   * @param date the purchase date column
   * @param amount the amount column
   * @return the names
   * @throws CxValidationException if a name is blank
   */
  public static PurchaseColumns of(String customer, String date, String amount) {
    require("PurchaseColumns.customer", customer);
    require("PurchaseColumns.date", date);
    require("PurchaseColumns.amount", amount);
    return new PurchaseColumns(customer, date, amount);
  }

  private static void require(String field, String name) {
    if (name.isBlank()) {
      throw CxValidationException.of(field, "not be blank", name);
    }
  }

  /**
   * The customer column.
   *
   * @return its name
   */
  public String customer() {
    return customer;
  }

  /**
   * The date column.
   *
   * @return its name
   */
  public String date() {
    return date;
  }

  /**
   * The amount column.
   *
   * @return its name
   */
  public String amount() {
    return amount;
  }
}
