/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/**
 * Where the cause of a complaint lies, after source file 003: the company's own reasons, the
 * customer's, or the environment's.
 */
public enum RootCauseOrigin implements Labelled {
  /** The company's products, services, staff or processes. */
  COMPANY,
  /** The customer's expectations, misunderstanding or misuse. */
  CUSTOMER,
  /** Factors outside both, such as weather, suppliers or regulation. */
  ENVIRONMENT;

  @Override
  public String code() {
    return name();
  }
}
