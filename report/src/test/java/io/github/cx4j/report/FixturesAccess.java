/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.report.survey.SurveyData;
import java.util.Map;

/** {@link Fixtures} for the tests of the topic packages. */
public final class FixturesAccess {
  private FixturesAccess() {}

  /** See {@link Fixtures#purchases}. */
  public static TransactionLog purchases(int customers, long seed) {
    return Fixtures.purchases(customers, seed);
  }

  /** See {@link Fixtures#survey(int, long)}. */
  public static SurveyData survey(int n, long seed) {
    return Fixtures.survey(n, seed);
  }

  /** See {@link Fixtures#ecsi}. */
  public static Map<String, double[]> ecsi(int n, long seed) {
    return Fixtures.ecsi(n, seed);
  }

  /** See {@link Fixtures#complaints}. */
  public static java.util.Collection<io.github.cx4j.complaints.workflow.Complaint> complaints(
      int n, long seed) {
    return Fixtures.complaints(n, seed);
  }
}
