/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.tier;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.customer.CustomerTier;
import io.github.cx4j.segmentation.internal.Selection;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Tiers a customer base by a value measure (profit, revenue or predicted customer-lifetime value,
 * one number per customer in any currency unit).
 *
 * <p><b>Cumulative-share tiers</b> ({@link #abc} and {@link #fourTier}): sort the customers with a
 * positive value from the largest down and accumulate their share of the positive total. With
 * cut-offs {@code s_1 < s_2 < ...}, a customer is in tier {@code j} when the share held by the
 * customers with a strictly larger value is below {@code s_j} (and not below {@code s_{j-1}}).
 * Three consequences, each tested: (1) the customer whose value makes the cumulative share reach or
 * cross a cut-off belongs to the upper tier (A holds the smallest set of top customers with at
 * least 80% of the value); (2) equal values are never split: a group of ties joins the tier of the
 * first of them, so tiers do not depend on the order of the input; (3) customers with a value of
 * zero or less are outside the cumulative shares: {@link #abc} gives them their own class {@link
 * AbcClass#NON_POSITIVE}, {@link #fourTier} puts them in {@link CustomerTier#LIGHTWEIGHT} and
 * counts them in its summary. Equivalently, tier {@code j} holds the values at or above a threshold
 * value, the value of the crossing customer, which {@link Tiers#thresholds()} reports. The
 * thresholds are found by radix selection weighted by value (linear time, no full sort), with sums
 * in double precision.
 *
 * <p><b>Percentile tiers</b> ({@link #pyramid}): the cut points are the type-7 quantiles of all
 * values at {@code 1 - t} for the top shares {@code t} of customers (default top 5% platinum, next
 * 15% gold, next 30% iron, the rest lead); as in RFM scoring a value equal to a cut point goes to
 * the lower tier, equal values share a tier, and a value of zero or less is always lead (the
 * pyramid's lead customers cost more than they bring). Zeithaml, Rust and Lemon (2001) leave the
 * percentages to the firm; the defaults are this library's.
 *
 * <p><b>The four tiers of course file "Understanding Customer Service"</b>: the seed says that
 * about a fifth of the customers bring most of the profit and are the super-heavyweight tier, the
 * many others the rest, but its figures did not survive the extraction of the text, so the default
 * cumulative cut-offs are this library's: 80% (super-heavyweight, the Pareto principle), 95%
 * (heavyweight), 99% (sub-heavyweight), the rest lightweight.
 */
public final class Tiering {
  /** Default ABC cut-offs of cumulative value share. */
  static final double[] ABC_SHARES = {0.80, 0.95};

  /**
   * Default cut-offs of cumulative value share for the four tiers of course file "Understanding
   * Customer Service".
   */
  static final double[] FOUR_TIER_SHARES = {0.80, 0.95, 0.99};

  /** Default top shares of customers for platinum, gold (cumulative) and iron (cumulative). */
  static final double[] PYRAMID_TOP_SHARES = {0.05, 0.20, 0.50};

  private Tiering() {}

  /**
   * ABC classes with cut-offs 80% and 95%.
   *
   * @param values value per customer, finite
   * @return the classes
   * @throws CxValidationException if a value is not finite
   */
  public static Tiers<AbcClass> abc(double[] values) {
    return abc(values, ABC_SHARES[0], ABC_SHARES[1]);
  }

  /**
   * ABC classes with the given cut-offs of cumulative value share.
   *
   * @param values value per customer, finite
   * @param aShare the cumulative share that closes class A, in {@code (0, 1]}
   * @param bShare the cumulative share that closes class B, in {@code (aShare, 1]}
   * @return the classes
   * @throws CxValidationException if a value is not finite or the shares are not increasing within
   *     {@code (0, 1]}
   */
  public static Tiers<AbcClass> abc(double[] values, double aShare, double bShare) {
    return cumulative(
        values,
        new double[] {aShare, bShare},
        AbcClass.values(),
        AbcClass.NON_POSITIVE,
        AbcClass::customerTier);
  }

  /**
   * The four tiers of course file "Understanding Customer Service" with cut-offs 80%, 95% and 99%
   * of cumulative value.
   *
   * @param values value (profit) per customer, finite
   * @return the tiers
   * @throws CxValidationException if a value is not finite
   */
  public static Tiers<CustomerTier> fourTier(double[] values) {
    return fourTier(values, FOUR_TIER_SHARES.clone());
  }

  /**
   * The four tiers of course file "Understanding Customer Service" with the caller's three
   * cumulative cut-offs.
   *
   * @param values value (profit) per customer, finite
   * @param shares three increasing cumulative shares in {@code (0, 1]} that close the
   *     super-heavyweight, heavyweight and sub-heavyweight tiers
   * @return the tiers
   * @throws CxValidationException if a value is not finite or the shares are not three increasing
   *     numbers within {@code (0, 1]}
   */
  public static Tiers<CustomerTier> fourTier(double[] values, double[] shares) {
    if (shares.length != 3) {
      throw CxValidationException.of("Tiering.shares", "hold 3 cut-offs", Arrays.toString(shares));
    }
    return cumulative(
        values, shares, CustomerTier.values(), CustomerTier.LIGHTWEIGHT, Function.identity());
  }

  /**
   * The customer pyramid with the top 5% platinum, the next 15% gold, the next 30% iron and the
   * rest lead.
   *
   * @param values value (profit) per customer, finite
   * @return the tiers
   * @throws CxValidationException if a value is not finite or the column is empty
   */
  public static Tiers<PyramidTier> pyramid(double[] values) {
    return pyramid(values, PYRAMID_TOP_SHARES[0], PYRAMID_TOP_SHARES[1], PYRAMID_TOP_SHARES[2]);
  }

  /**
   * The customer pyramid with the caller's cumulative top shares of customers.
   *
   * @param values value (profit) per customer, finite
   * @param platinumTop share of customers at the top that is platinum, for example 0.05
   * @param goldTop share at the top that is platinum or gold, for example 0.20
   * @param ironTop share at the top that is platinum, gold or iron, for example 0.50
   * @return the tiers
   * @throws CxValidationException if a value is not finite, the column is empty or the shares are
   *     not increasing within {@code (0, 1)}
   */
  public static Tiers<PyramidTier> pyramid(
      double[] values, double platinumTop, double goldTop, double ironTop) {
    double[] tops = {platinumTop, goldTop, ironTop};
    checkShares(tops, false);
    checkValues(values);
    if (values.length == 0) {
      throw CxValidationException.of("Tiering.values", "hold at least 1 customer", 0);
    }
    double[] cuts =
        Selection.quantiles(values, new double[] {1 - tops[0], 1 - tops[1], 1 - tops[2]});
    byte[] tier = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      byte t;
      if (v <= 0) {
        t = 3;
      } else if (v > cuts[0]) {
        t = 0;
      } else if (v > cuts[1]) {
        t = 1;
      } else if (v > cuts[2]) {
        t = 2;
      } else {
        t = 3;
      }
      tier[i] = t;
    }
    return new Tiers<>(PyramidTier.values(), tier, values, PyramidTier::customerTier, cuts);
  }

  /**
   * The Pareto curve at {@code points} evenly spaced shares of customers ({@code 0, 1/(points-1),
   * ..., 1}), with the Gini coefficient. Sorts a copy of the column.
   *
   * @param values value per customer, finite
   * @param points the number of points, {@code 2..100001}
   * @return the curve
   * @throws CxValidationException if a value is not finite, the column is empty or points is out of
   *     range
   */
  public static ParetoCurve curve(double[] values, int points) {
    checkValues(values);
    if (values.length == 0) {
      throw CxValidationException.of("Tiering.values", "hold at least 1 customer", 0);
    }
    if (points < 2 || points > 100_001) {
      throw CxValidationException.of("Tiering.points", "be within 2..100001", points);
    }
    int n = values.length;
    double[] sorted = new double[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = Math.max(0.0, values[i]);
    }
    Arrays.sort(sorted);
    // cumulative from the top: top[m] = sum of the m largest
    double[] top = new double[n + 1];
    for (int m = 1; m <= n; m++) {
      top[m] = top[m - 1] + sorted[n - m];
    }
    double total = top[n];
    checkTotal(total);
    ParetoCurve.Builder curve = ParetoCurve.builder().customers(n);
    for (int j = 0; j < points; j++) {
      double x = j / (double) (points - 1);
      double pos = x * n;
      int m = (int) Math.floor(pos);
      double y;
      if (total == 0) {
        y = x;
      } else if (m >= n) {
        y = 1.0;
      } else {
        double frac = pos - m;
        y = (top[m] + frac * sorted[n - 1 - m]) / total;
      }
      curve.addCustomerShare(x).addValueShare(Math.min(1.0, y));
    }
    // Gini from value shares (each <= 1), so no product can overflow
    double weighted = 0;
    if (total > 0) {
      for (int i = 0; i < n; i++) {
        weighted += (i + 1) * (sorted[i] / total);
      }
    }
    double gini = total == 0 ? 0.0 : 2 * weighted / n - (n + 1) / (double) n;
    return curve.gini(Math.max(0.0, gini)).build();
  }

  private static <T extends Enum<T> & Labelled> Tiers<T> cumulative(
      double[] values,
      double[] shares,
      T[] constants,
      T nonPositive,
      Function<T, CustomerTier> customerTier) {
    checkShares(shares, true);
    checkValues(values);
    double total = 0;
    for (double v : values) {
      if (v > 0) {
        total += v;
      }
    }
    checkTotal(total);
    byte[] tier = new byte[values.length];
    double[] thresholds = new double[shares.length];
    if (total == 0) {
      Arrays.fill(tier, (byte) nonPositive.ordinal());
      return new Tiers<>(constants, tier, values, customerTier, thresholds);
    }
    for (int j = 0; j < shares.length; j++) {
      thresholds[j] = Selection.crossingValue(values, shares[j] * total);
    }
    int lastPositive = shares.length;
    byte none = (byte) nonPositive.ordinal();
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (v <= 0) {
        tier[i] = none;
        continue;
      }
      int t = 0;
      while (t < thresholds.length && v < thresholds[t]) {
        t++;
      }
      tier[i] = (byte) Math.min(t, lastPositive);
    }
    return new Tiers<>(constants, tier, values, customerTier, thresholds);
  }

  private static void checkShares(double[] shares, boolean closedAtOne) {
    double previous = 0.0;
    for (double s : shares) {
      boolean ok = s > previous && (closedAtOne ? s <= 1.0 : s < 1.0);
      if (!ok) {
        throw CxValidationException.of(
            "Tiering.shares",
            "be increasing within " + (closedAtOne ? "(0, 1]" : "(0, 1)"),
            Arrays.toString(shares));
      }
      previous = s;
    }
  }

  private static void checkTotal(double total) {
    if (Double.isInfinite(total)) {
      throw CxValidationException.of(
          "Tiering.values", "have a finite sum of positive values", total);
    }
  }

  private static void checkValues(double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw CxValidationException.of("Tiering.values[" + i + "]", "be finite", values[i]);
      }
    }
  }
}
