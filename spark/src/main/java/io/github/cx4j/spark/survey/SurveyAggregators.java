/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.scoring.survey.Ces;
import io.github.cx4j.scoring.survey.CesResult;
import io.github.cx4j.scoring.survey.Csat;
import io.github.cx4j.scoring.survey.CsatResult;
import io.github.cx4j.scoring.survey.InputPolicy;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.scoring.survey.NpsScale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Survey measures as Spark {@link Aggregator}s: NPS, CSAT, CES, the satisfaction index and Kano
 * counts. Each buffer is a histogram of the answers (or, for the index, the exact integer sums of
 * {@link io.github.cx4j.scoring.survey.SatisfactionIndexAccumulator}), so {@code
 * groupBy(...).agg(...)} gives exactly what the single-JVM API gives on the same group, in any
 * partitioning.
 *
 * <p>Use them as typed columns ({@code scores.select(SurveyAggregators.nps().toColumn())}) or, in
 * SQL and untyped {@code agg}, through {@code functions.udaf(aggregator, Encoders.INT())}; {@link
 * io.github.cx4j.spark.CxSpark#register} registers the standard forms under {@code cx_nps}, {@code
 * cx_csat}, {@code cx_ces}, {@code cx_kano} and {@code cx_satisfaction_index}.
 *
 * <p>A null answer counts as unanswered. A group without a valid answer gives a row with n = 0 and
 * null measures rather than failing the whole job.
 */
public final class SurveyAggregators {
  /** The default confidence level of the intervals. */
  public static final double DEFAULT_LEVEL = 0.95;

  private SurveyAggregators() {}

  static double checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw CxValidationException.of("SurveyAggregators.level", "be within (0, 1)", level);
    }
    return level;
  }

  /**
   * NPS on the standard 0-10 scale, policy {@link InputPolicy#REJECT_INVALID}, 95% intervals.
   *
   * @return the aggregator
   */
  public static Aggregator<Integer, ?, NpsRow> nps() {
    return nps(NpsScale.STANDARD, InputPolicy.REJECT_INVALID, DEFAULT_LEVEL);
  }

  /**
   * NPS on a given scale (Reichheld 2003) with Tango's score interval (Rocks 2016).
   *
   * @param scale the scale and cut points
   * @param policy what to do with unanswered and invalid answers
   * @param level the confidence level of the interval
   * @return the aggregator
   */
  public static Aggregator<Integer, ?, NpsRow> nps(
      NpsScale scale, InputPolicy policy, double level) {
    return new NpsAggregator(scale, policy, level);
  }

  /**
   * CSAT on 1-5 with the top two boxes counted as satisfied, 95% intervals.
   *
   * @return the aggregator
   */
  public static Aggregator<Integer, ?, CsatRow> csat() {
    return csat(RatingScale.ONE_TO_FIVE, 2, InputPolicy.REJECT_INVALID, DEFAULT_LEVEL);
  }

  /**
   * CSAT: the top-box share with Wilson's (1927) interval and the mean with Student's t interval.
   *
   * @param scale the answers' scale
   * @param topBoxes how many of the highest points count as satisfied
   * @param policy what to do with unanswered and invalid answers
   * @param level the confidence level
   * @return the aggregator
   */
  public static Aggregator<Integer, ?, CsatRow> csat(
      RatingScale scale, int topBoxes, InputPolicy policy, double level) {
    if (topBoxes < 1 || topBoxes > scale.points()) {
      throw CxValidationException.of(
          "SurveyAggregators.topBoxes", "be within 1.." + scale.points(), topBoxes);
    }
    return new CsatAggregator(scale, topBoxes, policy, level);
  }

  /**
   * CES 2.0 on 1-7 (Dixon, Freeman and Toman 2010), policy {@link InputPolicy#REJECT_INVALID}, 95%
   * intervals.
   *
   * @return the aggregator
   */
  public static Aggregator<Integer, ?, CesRow> ces() {
    return ces(InputPolicy.REJECT_INVALID, DEFAULT_LEVEL);
  }

  /**
   * CES 2.0 on 1-7.
   *
   * @param policy what to do with unanswered and invalid answers
   * @param level the confidence level
   * @return the aggregator
   */
  public static Aggregator<Integer, ?, CesRow> ces(InputPolicy policy, double level) {
    return new CesAggregator(policy, level);
  }

  /**
   * The ACSI-style 0-100 satisfaction index (Fornell et al. 1996) of respondents' answer rows: each
   * input is a row with one int answer per item, null or {@link
   * io.github.cx4j.scoring.survey.Survey#MISSING} for an unanswered item.
   *
   * @param scale the items' scale
   * @param weights the item weights, summing to 1
   * @param policy the input policy
   * @param level the confidence level of the interval
   * @return the aggregator
   */
  public static Aggregator<org.apache.spark.sql.Row, ?, IndexRow> satisfactionIndex(
      RatingScale scale, double[] weights, InputPolicy policy, double level) {
    return new IndexAggregator(scale, weights, policy, level);
  }

  /**
   * Kano counts of one feature's (functional, dysfunctional) answer pairs, each answer 1-5 (Kano et
   * al. 1984; indices after Berger et al. 1993), policy {@link InputPolicy#REJECT_INVALID}.
   *
   * @return the aggregator; input rows are {@code (functional, dysfunctional)}
   */
  public static Aggregator<org.apache.spark.sql.Row, ?, KanoRow> kano() {
    return new KanoAggregator(InputPolicy.REJECT_INVALID);
  }

  /**
   * Kano counts under a given input policy.
   *
   * @param policy what to do with unanswered and invalid pairs
   * @return the aggregator
   */
  public static Aggregator<org.apache.spark.sql.Row, ?, KanoRow> kano(InputPolicy policy) {
    return new KanoAggregator(policy);
  }

  /**
   * The NPS of the standard scale as a native column for {@code agg}: Spark's own {@code count_if}
   * counts finished per group into an {@link NpsRow} struct equal to {@link #nps()}. Prefer it to
   * the typed aggregator with many groups: it runs in Spark's hash aggregation, where the typed
   * aggregator runs in {@code ObjectHashAggregate} and falls back to sorting after {@code
   * spark.sql.objectHashAggregate.sortBased.fallbackThreshold} groups per task.
   *
   * @param score the answers (integers; null is unanswered)
   * @return the column
   */
  public static Column npsColumn(Column score) {
    return npsColumn(score, NpsScale.STANDARD, DEFAULT_LEVEL);
  }

  /**
   * The NPS as a native column under policy {@link InputPolicy#REJECT_INVALID}: unanswered items
   * are counted as missing and an off-scale answer fails the job with the library's message.
   *
   * @param score the answers
   * @param scale the cut points
   * @param level the confidence level of the interval, in (0, 1)
   * @return the column
   */
  public static Column npsColumn(Column score, NpsScale scale, double level) {
    return NpsColumn.of(score, scale, level);
  }

  /**
   * CSAT on 1-5, top two boxes, as a native column for {@code agg}: one Spark {@code count_if} per
   * scale point, finished per group by the library into a {@link CsatRow} struct equal to {@link
   * #csat()}. Like {@link #npsColumn(Column)} it runs in Spark's hash aggregation whatever the
   * number of groups.
   *
   * @param score the answers (integers; null is unanswered)
   * @return the column
   */
  public static Column csatColumn(Column score) {
    return csatColumn(score, RatingScale.ONE_TO_FIVE, 2, DEFAULT_LEVEL);
  }

  /**
   * CSAT as a native column under policy {@link InputPolicy#REJECT_INVALID}: an off-scale answer
   * fails the job with the library's message naming {@code Csat.score} and the value.
   *
   * @param score the answers
   * @param scale the answers' scale
   * @param topBoxes how many of the highest points count as satisfied
   * @param level the confidence level
   * @return the column
   */
  public static Column csatColumn(Column score, RatingScale scale, int topBoxes, double level) {
    if (topBoxes < 1 || topBoxes > scale.points()) {
      throw CxValidationException.of(
          "SurveyAggregators.topBoxes", "be within 1.." + scale.points(), topBoxes);
    }
    double lv = checkLevel(level);
    int lo = scale.min();
    int hi = scale.max();
    return HistogramColumn.of(
        score,
        lo,
        hi,
        "Csat.score",
        CsatRow.class,
        h -> csatRow(h, RatingScale.of(lo, hi), topBoxes, lv));
  }

  /**
   * CES 2.0 on 1-7 as a native column for {@code agg}, equal to {@link #ces()}.
   *
   * @param score the answers (integers; null is unanswered)
   * @return the column
   */
  public static Column cesColumn(Column score) {
    return cesColumn(score, DEFAULT_LEVEL);
  }

  /**
   * CES 2.0 on 1-7 as a native column with a given confidence level.
   *
   * @param score the answers
   * @param level the confidence level
   * @return the column
   */
  public static Column cesColumn(Column score, double level) {
    double lv = checkLevel(level);
    return HistogramColumn.of(score, 1, 7, "Ces.score", CesRow.class, h -> cesRow(h, lv));
  }

  private static final class NpsAggregator extends HistogramAggregator<NpsRow> {
    private static final long serialVersionUID = 1L;
    private final int detractorMax;
    private final int promoterMin;

    NpsAggregator(NpsScale scale, InputPolicy policy, double level) {
      super(scale.scale(), policy, level, "Nps.score", NpsRow.class);
      this.detractorMax = scale.detractorMax();
      this.promoterMin = scale.promoterMin();
    }

    @Override
    public NpsRow finish(ScoreHistogram h) {
      NpsRow row = new NpsRow();
      row.setMissing(h.missing);
      row.setInvalid(h.invalid);
      if (h.n() == 0) {
        return row;
      }
      NpsResult r =
          Nps.of(h.distribution(scale()), new NpsScale(scale(), detractorMax, promoterMin));
      Interval ci = r.scoreInterval(level);
      row.setN(r.n());
      row.setDetractors(r.detractors());
      row.setPassives(r.passives());
      row.setPromoters(r.promoters());
      row.setNps(r.nps());
      row.setSe(r.se());
      row.setLow(ci.low());
      row.setHigh(ci.high());
      return row;
    }
  }

  private static final class CsatAggregator extends HistogramAggregator<CsatRow> {
    private static final long serialVersionUID = 1L;
    private final int topBoxes;

    CsatAggregator(RatingScale scale, int topBoxes, InputPolicy policy, double level) {
      super(scale, policy, level, "Csat.score", CsatRow.class);
      this.topBoxes = topBoxes;
    }

    @Override
    public CsatRow finish(ScoreHistogram h) {
      return csatRow(h, scale(), topBoxes, level);
    }
  }

  private static final class CesAggregator extends HistogramAggregator<CesRow> {
    private static final long serialVersionUID = 1L;

    CesAggregator(InputPolicy policy, double level) {
      super(RatingScale.ONE_TO_SEVEN, policy, level, "Ces.score", CesRow.class);
    }

    @Override
    public CesRow finish(ScoreHistogram h) {
      return cesRow(h, level);
    }
  }

  /** The CSAT row of a histogram: one finishing rule for the aggregator and the native column. */
  static CsatRow csatRow(ScoreHistogram h, RatingScale scale, int topBoxes, double level) {
    CsatRow row = new CsatRow();
    row.setMissing(h.missing);
    row.setInvalid(h.invalid);
    if (h.n() == 0) {
      return row;
    }
    CsatResult r = Csat.of(h.distribution(scale), topBoxes);
    Interval w = r.wilson(level);
    row.setN(r.n());
    row.setSatisfied(r.satisfied());
    row.setShare(r.share());
    row.setLow(w.low());
    row.setHigh(w.high());
    row.setMean(r.mean());
    row.setSd(r.sd());
    if (r.n() >= 2) {
      Interval m = r.meanInterval(level);
      row.setMeanLow(m.low());
      row.setMeanHigh(m.high());
    }
    return row;
  }

  /** The CES row of a histogram on 1-7. */
  static CesRow cesRow(ScoreHistogram h, double level) {
    CesRow row = new CesRow();
    row.setMissing(h.missing);
    row.setInvalid(h.invalid);
    if (h.n() == 0) {
      return row;
    }
    CesResult r = Ces.of(h.distribution(RatingScale.ONE_TO_SEVEN));
    Interval a = r.agreeInterval(level);
    row.setN(r.n());
    row.setAgreeing(r.agreeing());
    row.setMean(r.mean());
    row.setAgreeShare(r.agreeShare());
    row.setAgreeLow(a.low());
    row.setAgreeHigh(a.high());
    if (r.n() >= 2) {
      Interval m = r.meanInterval(level);
      row.setMeanLow(m.low());
      row.setMeanHigh(m.high());
    }
    return row;
  }
}
