/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.internal.Intervals;
import io.github.cx4j.scoring.internal.Stats;

/** Builds Wald comparisons with the zero-variance rule. */
final class Comparisons {
  private Comparisons() {}

  static Comparison wald(
      double diff, double se, double z, double level, double min, double max, String field) {
    if (!(se > 0)) {
      if (diff == 0) {
        return new Comparison(0, 0, 0, 1, new Interval(0, 0), level);
      }
      throw CxValidationException.withMessage(
          field,
          field
              + " needs a positive standard error to test a difference of "
              + diff
              + ": both samples are without spread (each a single category or value)");
    }
    double stat = diff / se;
    return new Comparison(
        diff,
        se,
        stat,
        Stats.twoSidedP(stat),
        new Interval(
            Intervals.clamp(diff - z * se, min, max), Intervals.clamp(diff + z * se, min, max)),
        level);
  }

  /**
   * Welch's t test for two means: se = sqrt(sA^2/nA + sB^2/nB), Welch-Satterthwaite degrees of
   * freedom, two-sided p from Student's t.
   */
  static Comparison welch(ScoreDistribution a, ScoreDistribution b, double level, String field) {
    a.requireN(2, "a two-sample test");
    b.requireN(2, "a two-sample test");
    Stats.checkLevel(level, field + ".level");
    double va = a.variance() / a.n();
    double vb = b.variance() / b.n();
    double se = Math.sqrt(va + vb);
    double diff = a.mean() - b.mean();
    double span = a.scale().max() - a.scale().min() + b.scale().max() - b.scale().min();
    if (!(se > 0)) {
      return wald(diff, se, 0, level, -span, span, field);
    }
    double df = (va + vb) * (va + vb) / (va * va / (a.n() - 1) + vb * vb / (b.n() - 1));
    double t = diff / se;
    double crit = Stats.t(level, Math.max(1, df), field + ".level");
    return new Comparison(
        diff,
        se,
        t,
        Stats.twoSidedTP(t, Math.max(1, df)),
        new Interval(diff - crit * se, diff + crit * se),
        level);
  }
}
