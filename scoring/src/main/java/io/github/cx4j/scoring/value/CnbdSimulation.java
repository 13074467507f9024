/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;

/**
 * Customers simulated from a BG/CNBD-k or MBG/CNBD-k model: their summaries and, per customer, the
 * sum of the logarithms of the inter-purchase times ({@code litt}, 0 without a repeat purchase),
 * which the choice of the regularity k needs.
 *
 * @param customers frequency, recency and T of each customer
 * @param logIntervalSums litt of each customer
 */
public record CnbdSimulation(SimulatedCustomers customers, double[] logIntervalSums) {

  /** Checks that there is one litt per customer. */
  public CnbdSimulation {
    if (logIntervalSums.length != customers.size()) {
      throw CxValidationException.of(
          "CnbdSimulation.logIntervalSums",
          "have one value per customer (" + customers.size() + ")",
          logIntervalSums.length);
    }
  }
}
