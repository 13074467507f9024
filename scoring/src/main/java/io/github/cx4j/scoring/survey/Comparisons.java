package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
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
        new Interval(Stats.clamp(diff - z * se, min, max), Stats.clamp(diff + z * se, min, max)),
        level);
  }
}
