/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Static (time-invariant) covariates of one process, one row per customer: for example {@code names
 * = [age, channel_web]} and {@code values[i] = {34, 1}}.
 *
 * @param names the covariate names, distinct and not blank
 * @param values one row per customer, each with one finite value per name
 */
public record Covariates(List<String> names, double[][] values) {

  /** Validates the names and the rows. */
  public Covariates {
    names = List.copyOf(names);
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (name.isBlank() || !seen.add(name)) {
        throw CxValidationException.of("Covariates.names", "be distinct and not blank", names);
      }
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i].length != names.size()) {
        throw CxValidationException.of(
            "Covariates.values",
            "have " + names.size() + " values per customer (customer index " + i + ")",
            values[i].length);
      }
      for (int j = 0; j < values[i].length; j++) {
        if (!Double.isFinite(values[i][j])) {
          throw CxValidationException.of(
              "Covariates.values",
              "be finite (customer index " + i + ", covariate " + names.get(j) + ")",
              values[i][j]);
        }
      }
    }
  }

  /**
   * No covariates for {@code customers} customers.
   *
   * @param customers the number of customers
   * @return covariates with no columns
   */
  public static Covariates none(int customers) {
    return new Covariates(List.of(), new double[customers][0]);
  }

  /**
   * The number of customers.
   *
   * @return the rows
   */
  public int size() {
    return values.length;
  }

  /**
   * The number of covariates.
   *
   * @return the columns
   */
  public int count() {
    return names.size();
  }
}
