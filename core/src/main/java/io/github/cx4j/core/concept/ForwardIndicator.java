/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import java.util.Map;

/**
 * The forward-looking indicators that matter beside financial reports (course file "All-Staff
 * Service", lecture three: 投资股票时，不能只看过去性指标，比如财报年报等，还要看未来性指标，比如客户满意度、员工满意度、客户忠诚度等).
 *
 * <p>The course names the three indicators and says that the past ones (annual reports) are not
 * enough; it gives no way to combine them. cx4j reads each indicator as a score from 0 to 100 (for
 * example a CSAT share, an employee-survey index, a repurchase rate) and gives their {@linkplain
 * #score(Map) mean} and the {@linkplain #weakest(Map) weakest} of the three: the equal-weight mean
 * and the reading are cx4j's, not the course's.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ForwardIndicator implements Labelled {
  /** Customer satisfaction (客户满意度). */
  CUSTOMER_SATISFACTION,
  /** Employee satisfaction (员工满意度). */
  EMPLOYEE_SATISFACTION,
  /** Customer loyalty (客户忠诚度). */
  CUSTOMER_LOYALTY;

  @Override
  public String code() {
    return name();
  }

  /**
   * The mean of the three indicators, each scored from 0 to 100, with equal weights.
   *
   * @param scores one score from 0 to 100 for each of the three indicators
   * @return the mean, from 0 to 100
   * @throws CxValidationException naming the indicator when one has no score ({@code
   *     ForwardIndicator.scores has no score for CUSTOMER_LOYALTY; give one (0..100) for each of
   *     CUSTOMER_SATISFACTION, EMPLOYEE_SATISFACTION, CUSTOMER_LOYALTY}), and naming the indicator
   *     and the value when a score is outside 0..100 ({@code ForwardIndicator.CUSTOMER_LOYALTY must
   *     be within 0..100, was 120})
   */
  public static double score(Map<ForwardIndicator, Integer> scores) {
    long sum = 0;
    for (ForwardIndicator i : values()) {
      sum += checked(scores, i);
    }
    return (double) sum / values().length;
  }

  /**
   * The indicator with the lowest score, where the company's future is most at risk; on a tie, the
   * first in the course's order (customer satisfaction, employee satisfaction, customer loyalty).
   *
   * @param scores one score from 0 to 100 for each of the three indicators
   * @return the weakest indicator
   * @throws CxValidationException as {@link #score(Map)} does
   */
  public static ForwardIndicator weakest(Map<ForwardIndicator, Integer> scores) {
    ForwardIndicator weakest = CUSTOMER_SATISFACTION;
    int lowest = Integer.MAX_VALUE;
    for (ForwardIndicator i : values()) {
      int s = checked(scores, i);
      if (s < lowest) {
        lowest = s;
        weakest = i;
      }
    }
    return weakest;
  }

  private static int checked(Map<ForwardIndicator, Integer> scores, ForwardIndicator i) {
    if (scores == null) {
      throw CxValidationException.of("ForwardIndicator.scores", "not be null", null);
    }
    if (!scores.containsKey(i)) {
      throw CxValidationException.withMessage(
          "ForwardIndicator.scores",
          "ForwardIndicator.scores has no score for "
              + i.code()
              + "; give one (0..100) for each of CUSTOMER_SATISFACTION, EMPLOYEE_SATISFACTION,"
              + " CUSTOMER_LOYALTY");
    }
    Integer s = scores.get(i);
    if (s == null || s < 0 || s > 100) {
      throw CxValidationException.of("ForwardIndicator." + i.code(), "be within 0..100", s);
    }
    return s;
  }
}
