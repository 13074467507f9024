/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

/**
 * A summary of the posterior draws of one parameter: mean, standard deviation and the 2.5%, 50% and
 * 97.5% quantiles (type 7, as R's {@code quantile} and coda's {@code summary}).
 *
 * @param mean the mean of the draws
 * @param sd their standard deviation (n - 1 in the denominator; 0 for one draw)
 * @param q025 the 2.5% quantile
 * @param median the 50% quantile
 * @param q975 the 97.5% quantile
 */
public record PosteriorSummary(double mean, double sd, double q025, double median, double q975) {

  /**
   * Summarises the draws of one parameter, for example cohort draws stored from a {@link
   * ParetoGgg#fit} and read back.
   *
   * @param draws the draws, not empty, finite
   * @return the summary
   * @throws io.github.cx4j.core.CxValidationException if there is no draw or one is not finite
   */
  public static PosteriorSummary of(double[] draws) {
    int n = draws.length;
    if (n == 0) {
      throw io.github.cx4j.core.CxValidationException.of(
          "PosteriorSummary.draws", "hold at least one draw", 0);
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(draws[i])) {
        throw io.github.cx4j.core.CxValidationException.of(
            "PosteriorSummary.draws", "be finite (draw index " + i + ")", draws[i]);
      }
    }
    double mean = 0;
    for (double d : draws) {
      mean += d;
    }
    mean /= n;
    double ss = 0;
    for (double d : draws) {
      ss += (d - mean) * (d - mean);
    }
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0.0;
    double[] sorted = draws.clone();
    java.util.Arrays.sort(sorted);
    return new PosteriorSummary(
        mean, sd, quantile(sorted, 0.025), quantile(sorted, 0.5), quantile(sorted, 0.975));
  }

  /** The type-7 quantile of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
