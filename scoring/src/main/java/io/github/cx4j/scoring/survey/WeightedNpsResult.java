/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.internal.Intervals;
import io.github.cx4j.scoring.internal.Stats;

/**
 * A weighted Net Promoter Score with Kish's effective sample size.
 *
 * @param n the number of valid answers (unweighted)
 * @param detractorWeight the total weight of detractors
 * @param passiveWeight the total weight of passives
 * @param promoterWeight the total weight of promoters
 * @param squaredWeight the sum of squared weights of valid answers
 * @param missing unanswered items skipped
 * @param invalid invalid answers skipped
 */
public record WeightedNpsResult(
    long n,
    double detractorWeight,
    double passiveWeight,
    double promoterWeight,
    double squaredWeight,
    long missing,
    long invalid) {

  /**
   * Checks that there is weight to divide by.
   *
   * @throws CxValidationException if the total weight is 0
   */
  public WeightedNpsResult {
    double total = detractorWeight + passiveWeight + promoterWeight;
    if (!(total > 0) || !Double.isFinite(total) || !(squaredWeight > 0)) {
      throw CxValidationException.of(
          "WeightedNpsResult.totalWeight",
          "be positive and finite ("
              + n
              + " valid, "
              + missing
              + " unanswered, "
              + invalid
              + " invalid)",
          total);
    }
  }

  /**
   * The total weight of valid answers.
   *
   * @return the sum of weights
   */
  public double totalWeight() {
    return detractorWeight + passiveWeight + promoterWeight;
  }

  /**
   * The weighted detractor share.
   *
   * @return in [0, 1]
   */
  public double detractorShare() {
    return detractorWeight / totalWeight();
  }

  /**
   * The weighted passive share.
   *
   * @return in [0, 1]
   */
  public double passiveShare() {
    return passiveWeight / totalWeight();
  }

  /**
   * The weighted promoter share.
   *
   * @return in [0, 1]
   */
  public double promoterShare() {
    return promoterWeight / totalWeight();
  }

  /**
   * The weighted NPS.
   *
   * @return a share in [-1, 1]
   */
  public double nps() {
    return Intervals.clamp(promoterShare() - detractorShare(), -1, 1);
  }

  /**
   * The weighted NPS in points.
   *
   * @return in [-100, 100]
   */
  public double points() {
    return 100 * nps();
  }

  /**
   * Kish's effective sample size {@code (sum w)^2 / sum w^2}; it equals n when all weights are
   * equal and shrinks as weights vary.
   *
   * @return the effective n, in (0, n]
   */
  public double effectiveN() {
    return Math.min(n, totalWeight() * totalWeight() / squaredWeight);
  }

  /**
   * Kish's design effect due to weighting, {@code n / n_eff}.
   *
   * @return at least 1
   */
  public double designEffect() {
    return n / effectiveN();
  }

  /**
   * The weighted per-respondent variance {@code (p + d) - (p - d)^2}.
   *
   * @return the variance
   */
  public double variance() {
    return NpsResult.variance(promoterShare(), detractorShare());
  }

  /**
   * The standard error {@code sqrt(variance / n_eff)}.
   *
   * @return the standard error, as a share
   */
  public double se() {
    return Math.sqrt(variance() / effectiveN());
  }

  /**
   * The Wald interval with the effective n, clamped to [-1, 1].
   *
   * @param level the confidence level
   * @return the interval
   */
  public Interval wald(double level) {
    double z = Stats.z(level, "WeightedNpsResult.level");
    return new Interval(
        Intervals.clamp(nps() - z * se(), -1, 1), Intervals.clamp(nps() + z * se(), -1, 1));
  }

  /**
   * Rocks' (2016) adjusted-Wald interval computed on the effective counts {@code p n_eff} and
   * {@code d n_eff} (Kish's effective n in place of n, the usual way to carry an interval for
   * proportions over to weighted data).
   *
   * @param level the confidence level
   * @return the interval as shares
   */
  public Interval adjustedWald(double level) {
    double neff = effectiveN();
    return NpsResult.adjustedWald(
        promoterShare() * neff,
        detractorShare() * neff,
        neff,
        Stats.z(level, "WeightedNpsResult.level"));
  }

  /**
   * Tango's score interval computed on the effective counts {@code p n_eff} and {@code d n_eff}.
   *
   * @param level the confidence level
   * @return the interval as shares
   */
  public Interval scoreInterval(double level) {
    double neff = effectiveN();
    return NpsResult.tangoInterval(
        promoterShare() * neff,
        detractorShare() * neff,
        neff,
        Stats.z(level, "WeightedNpsResult.level"));
  }

  /**
   * The standard error with divisor {@code n_eff - 1}: {@code sqrt(variance / (n_eff - 1))}.
   *
   * @return the standard error, or empty when {@code n_eff <= 1}
   */
  public java.util.OptionalDouble seSample() {
    double neff = effectiveN();
    return neff <= 1
        ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of(Math.sqrt(variance() / (neff - 1)));
  }
}
