/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.value;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.scoring.value.BgBb;
import io.github.cx4j.scoring.value.BgNbd;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.GammaGamma;
import io.github.cx4j.scoring.value.MbgNbd;
import io.github.cx4j.scoring.value.ParetoNbd;
import io.github.cx4j.scoring.value.ValueFit;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Fits BG/NBD, MBG/NBD, Pareto/NBD, BG/BB and Gamma-Gamma to customers held in Spark: the summaries
 * are collapsed into weighted patterns by a group-by in Spark (one row per distinct {@code (x, t_x,
 * T)}, or {@code (x, mean value)} for Gamma-Gamma, with the number of customers as its weight), the
 * patterns are collected to the driver, and the library's fitter runs on them there. The likelihood
 * of a pattern times its weight is the likelihood of its customers, so the fit is the fit of the
 * same customers in one JVM (which collapses them the same way).
 *
 * <p>The driver holds the patterns: their number, not the number of customers, bounds the driver's
 * memory and fit time. Recency and age in whole units (days or weeks) keep it small: at most {@code
 * (max x + 1) * distinct T * distinct t_x}, in practice a few hundred thousand for years of daily
 * data. A larger count is refused with an error that says how many there were.
 */
public final class SparkFits {
  /** The default largest number of patterns collected to the driver. */
  public static final long DEFAULT_MAX_PATTERNS = 5_000_000L;

  private SparkFits() {}

  /**
   * The weighted patterns of repeat summaries (columns {@code frequency, recency, age}).
   *
   * @param summaries the summaries, for example from {@code SparkActivity.repeat}
   * @return columns {@code frequency, recency, age, weight}, sorted
   */
  public static Dataset<Row> patterns(Dataset<Row> summaries) {
    return summaries
        .groupBy(col("frequency"), col("recency"), col("age"))
        .agg(count(lit(1)).cast("double").as("weight"))
        .orderBy(col("frequency"), col("recency"), col("age"));
  }

  /**
   * BG/NBD (Fader, Hardie and Lee 2005, "Counting your customers the easy way", Marketing Science
   * 24(2)).
   *
   * @param summaries repeat summaries
   * @param options fit options
   * @return the fit
   */
  public static ValueFit bgNbd(Dataset<Row> summaries, FitOptions options) {
    Columns p = collect(patterns(summaries), DEFAULT_MAX_PATTERNS);
    return BgNbd.fit(p.x, p.a, p.b, p.w, options);
  }

  /**
   * MBG/NBD (Batislam, Denizel and Filiztekin 2007).
   *
   * @param summaries repeat summaries
   * @param options fit options
   * @return the fit
   */
  public static ValueFit mbgNbd(Dataset<Row> summaries, FitOptions options) {
    Columns p = collect(patterns(summaries), DEFAULT_MAX_PATTERNS);
    return MbgNbd.fit(p.x, p.a, p.b, p.w, options);
  }

  /**
   * Pareto/NBD (Schmittlein, Morrison and Colombo 1987).
   *
   * @param summaries repeat summaries
   * @param options fit options
   * @return the fit
   */
  public static ValueFit paretoNbd(Dataset<Row> summaries, FitOptions options) {
    Columns p = collect(patterns(summaries), DEFAULT_MAX_PATTERNS);
    return ParetoNbd.fit(p.x, p.a, p.b, p.w, options);
  }

  /**
   * BG/BB (Fader, Hardie and Shang 2010) on discrete-time summaries with columns {@code frequency,
   * recency, opportunities}.
   *
   * @param summaries x, t_x and n per customer
   * @param options fit options
   * @return the fit
   */
  public static ValueFit bgBb(Dataset<Row> summaries, FitOptions options) {
    Dataset<Row> patterns =
        summaries
            .groupBy(col("frequency"), col("recency"), col("opportunities"))
            .agg(count(lit(1)).cast("double").as("weight"))
            .orderBy(col("frequency"), col("recency"), col("opportunities"));
    Columns p = collect(patterns, DEFAULT_MAX_PATTERNS);
    return BgBb.fit(p.x, p.a, p.b, p.w, options);
  }

  /**
   * Gamma-Gamma (Fader, Hardie and Lee 2005, "RFM and CLV"; Colombo and Jiang 1999) on the repeat
   * buyers of repeat summaries (columns {@code frequency, monetary}).
   *
   * @param summaries repeat summaries
   * @param options fit options
   * @return the fit
   */
  public static ValueFit gammaGamma(Dataset<Row> summaries, FitOptions options) {
    Dataset<Row> patterns =
        summaries
            .where(col("frequency").gt(0))
            .groupBy(col("frequency"), col("monetary"))
            .agg(count(lit(1)).cast("double").as("weight"))
            .select(col("frequency"), col("monetary"), col("monetary"), col("weight"))
            .orderBy(col("frequency"), col("monetary"));
    Columns p = collect(patterns, DEFAULT_MAX_PATTERNS);
    return GammaGamma.fit(p.x, p.a, p.w, options);
  }

  /**
   * Collects patterns (columns x, a, b, weight) to the driver.
   *
   * @param patterns the patterns
   * @param maxPatterns the most patterns accepted
   * @return the columns
   * @throws CxValidationException if there are more patterns than {@code maxPatterns}
   */
  static Columns collect(Dataset<Row> patterns, long maxPatterns) {
    if (maxPatterns < 1 || maxPatterns >= Integer.MAX_VALUE) {
      throw CxValidationException.of(
          "SparkFits.maxPatterns", "be within 1.." + (Integer.MAX_VALUE - 1), maxPatterns);
    }
    List<Row> rows = patterns.limit((int) maxPatterns + 1).collectAsList();
    if (rows.size() > maxPatterns) {
      long all = patterns.count();
      throw CxValidationException.of(
          "SparkFits.patterns",
          "be at most "
              + maxPatterns
              + " to fit on the driver (round recency and age to whole units, or sample customers)",
          all);
    }
    if (rows.isEmpty()) {
      throw CxValidationException.of("SparkFits.summaries", "hold at least one customer", 0);
    }
    int n = rows.size();
    Columns c = new Columns(n);
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      c.x[i] = ((Number) r.get(0)).intValue();
      c.a[i] = ((Number) r.get(1)).doubleValue();
      c.b[i] = ((Number) r.get(2)).doubleValue();
      c.w[i] = ((Number) r.get(3)).doubleValue();
    }
    return c;
  }

  /** Pattern columns on the driver. */
  static final class Columns {
    final int[] x;
    final double[] a;
    final double[] b;
    final double[] w;

    Columns(int n) {
      x = new int[n];
      a = new double[n];
      b = new double[n];
      w = new double[n];
    }
  }
}
