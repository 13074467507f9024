/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Users first, customers second, employees third, shareholders fourth (course file "All-Staff
 * Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum StakeholderPriority implements Labelled {
  /** Users (用户). */
  USERS,
  /** Customers (客户). */
  CUSTOMERS,
  /** Employees (员工). */
  EMPLOYEES,
  /** Shareholders (股东). */
  SHAREHOLDERS;

  @Override
  public String code() {
    return name();
  }
}
