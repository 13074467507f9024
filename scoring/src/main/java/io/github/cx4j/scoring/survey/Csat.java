/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.internal.Stats;
import java.util.Collection;
import java.util.stream.Collector;

/**
 * Customer satisfaction score (CSAT): the share of satisfied answers (top box or top-2-box) on a
 * declared scale, with Wilson's (1927) interval, plus the mean with a t interval and the
 * distribution. Same input layers as {@link Nps}: columns, responses, accumulator, collector.
 */
public final class Csat {
  private Csat() {}

  /**
   * CSAT of a column; {@link Survey#MISSING} marks unanswered items, other off-scale values are
   * rejected.
   *
   * @param scores the answers
   * @param scale the declared scale
   * @param topBoxes 1 for top box, 2 for top-2-box, up to {@code points - 1}
   * @return the result
   */
  public static CsatResult of(int[] scores, RatingScale scale, int topBoxes) {
    return of(scores, scale, topBoxes, InputPolicy.REJECT_INVALID);
  }

  /**
   * CSAT of a column under a policy.
   *
   * @param scores the answers
   * @param scale the declared scale
   * @param topBoxes the number of top points counted as satisfied
   * @param policy the input policy
   * @return the result
   */
  public static CsatResult of(int[] scores, RatingScale scale, int topBoxes, InputPolicy policy) {
    return accumulator(scale, topBoxes, policy).addAll(scores).result();
  }

  /**
   * CSAT of responses.
   *
   * @param responses the responses (weights ignored)
   * @param scale the declared scale
   * @param topBoxes the number of top points counted as satisfied
   * @return the result
   */
  public static CsatResult of(
      Collection<SurveyResponse> responses, RatingScale scale, int topBoxes) {
    SurveyAccumulator<CsatResult> acc = accumulator(scale, topBoxes, InputPolicy.REJECT_INVALID);
    responses.forEach(acc::add);
    return acc.result();
  }

  /**
   * CSAT of a distribution.
   *
   * @param distribution the answers
   * @param topBoxes the number of top points counted as satisfied
   * @return the result
   * @throws CxValidationException if topBoxes is out of range or there is no valid answer
   */
  public static CsatResult of(ScoreDistribution distribution, int topBoxes) {
    checkTopBoxes(distribution.scale(), topBoxes);
    distribution.requireN(1, "a CSAT score");
    return new CsatResult(distribution, topBoxes);
  }

  /**
   * An empty accumulator.
   *
   * @param scale the declared scale
   * @param topBoxes the number of top points counted as satisfied
   * @param policy the input policy
   * @return the accumulator
   */
  public static SurveyAccumulator<CsatResult> accumulator(
      RatingScale scale, int topBoxes, InputPolicy policy) {
    checkTopBoxes(scale, topBoxes);
    return new SurveyAccumulator<>(
        "Csat",
        "Csat " + scale + " top" + topBoxes + " " + policy,
        scale,
        policy,
        d -> of(d, topBoxes));
  }

  /**
   * A collector of responses.
   *
   * @param scale the declared scale
   * @param topBoxes the number of top points counted as satisfied
   * @return the collector
   */
  public static Collector<SurveyResponse, ?, CsatResult> collector(
      RatingScale scale, int topBoxes) {
    return SurveyAccumulator.collector(
        () -> accumulator(scale, topBoxes, InputPolicy.REJECT_INVALID));
  }

  /**
   * Compares the CSAT shares of two independent groups: difference A - B, unpooled standard error
   * {@code sqrt(pA(1-pA)/nA + pB(1-pB)/nB)}, z, two-sided p and Wald interval clamped to [-1, 1].
   *
   * @param a group A
   * @param b group B
   * @param level the confidence level
   * @return the comparison in shares
   */
  public static Comparison compare(CsatResult a, CsatResult b, double level) {
    double z = Stats.z(level, "Csat.level");
    double pa = a.share();
    double pb = b.share();
    double se = Math.sqrt(pa * (1 - pa) / a.n() + pb * (1 - pb) / b.n());
    return Comparisons.wald(pa - pb, se, z, level, -1, 1, "Csat.compare");
  }

  /**
   * Compares the mean answers of two independent groups with Welch's t test.
   *
   * @param a group A
   * @param b group B
   * @param level the confidence level
   * @return the comparison in scale points ({@code z} holds Welch's t)
   */
  public static Comparison compareMeans(CsatResult a, CsatResult b, double level) {
    return Comparisons.welch(a.distribution(), b.distribution(), level, "Csat.compareMeans");
  }

  static void checkTopBoxes(RatingScale scale, int topBoxes) {
    if (topBoxes < 1 || topBoxes >= scale.points()) {
      throw CxValidationException.of(
          "Csat.topBoxes", "be within 1.." + (scale.points() - 1), topBoxes);
    }
  }
}
