/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which summary rows a model applies to: the rule behind {@link ValueModelKind#fitApplicable}. Rows
 * outside a model's domain are left out of its fit with a reason; the fit uses the others.
 */
final class Domain {
  static final String NO_REPEAT = "no repeat purchase, so no spend information";
  static final String ZERO_MEAN = "mean value of the repeat purchases is 0";
  static final String NEGATIVE_MEAN =
      "mean value of the repeat purchases is negative or not finite";
  static final String BAD_FREQUENCY = "frequency is negative";
  static final String BAD_AGE = "T is negative or not finite";
  static final String BAD_RECENCY = "recency is outside 0..T";
  static final String RECENCY_WITHOUT_REPEAT = "recency is not 0 with frequency 0";
  static final String BAD_WEIGHT = "weight is negative or not finite";
  static final String NOT_WHOLE = "recency or T is not a whole number of opportunities";
  static final String MORE_THAN_OPPORTUNITIES = "frequency exceeds the recency in opportunities";
  static final String LITT_NOT_FINITE = "sum of log inter-purchase times (litt) is not finite";
  static final String LITT_WITHOUT_REPEAT = "litt is not 0 with frequency 0";
  static final String LITT_TOO_LARGE =
      "litt exceeds x ln(t_x / x), the most that x intervals adding up to t_x allow";

  /** Fits a model to the rows kept, in the columns' order. */
  @FunctionalInterface
  interface Fitter {
    ValueFit fit(
        int[] frequency,
        double[] recency,
        double[] age,
        double @Nullable [] monetary,
        double @Nullable [] litt,
        double @Nullable [] weights);
  }

  private Domain() {}

  /**
   * Why a row is outside the model's domain, or null if the model applies to it.
   *
   * @param kind the model
   * @param x frequency
   * @param tx recency (ignored by Gamma-Gamma)
   * @param age T (ignored by Gamma-Gamma)
   * @param mbar mean repeat value (Gamma-Gamma only)
   * @param w weight
   */
  static @Nullable String reason(
      ValueModelKind kind, int x, double tx, double age, double mbar, double w) {
    if (!(w >= 0) || !Double.isFinite(w)) {
      return BAD_WEIGHT;
    }
    if (x < 0) {
      return BAD_FREQUENCY;
    }
    if (kind == ValueModelKind.GAMMAGAMMA) {
      if (x == 0) {
        return NO_REPEAT;
      }
      if (mbar == 0) {
        return ZERO_MEAN;
      }
      return mbar > 0 && Double.isFinite(mbar) ? null : NEGATIVE_MEAN;
    }
    if (!(age >= 0) || !Double.isFinite(age)) {
      return BAD_AGE;
    }
    if (!(tx >= 0 && tx <= age)) {
      return BAD_RECENCY;
    }
    if (x == 0 && tx != 0) {
      return RECENCY_WITHOUT_REPEAT;
    }
    if (kind == ValueModelKind.BGBB) {
      if (tx != Math.rint(tx) || age != Math.rint(age)) {
        return NOT_WHOLE;
      }
      if (x > tx) {
        return MORE_THAN_OPPORTUNITIES;
      }
    }
    return null;
  }

  /**
   * Why a row's inter-purchase timing term is impossible, or null: litt must be finite, 0 without a
   * repeat purchase, and at most {@code x ln(t_x / x)} (the logarithms of x positive intervals that
   * add up to t_x; the same rule and rounding slack as the CNBD-k fits' own check, {@link
   * CnbdFamily#littWithinBound}).
   */
  static @Nullable String littReason(int x, double tx, double litt) {
    if (!Double.isFinite(litt)) {
      return LITT_NOT_FINITE;
    }
    if (x == 0) {
      return litt == 0 ? null : LITT_WITHOUT_REPEAT;
    }
    return CnbdFamily.littWithinBound(x, tx, litt) ? null : LITT_TOO_LARGE;
  }

  /**
   * Fits {@code kind} on the rows it applies to.
   *
   * @param litt the sum of log inter-purchase times per row, or null; where given, a row whose
   *     value is impossible ({@link #littReason}) is left out too
   * @param fitter fits the model to the rows kept
   * @throws io.github.cx4j.core.CxValidationException if no row is left, or as the model's fit
   */
  static ScreenedFit fit(
      ValueModelKind kind,
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] monetary,
      double @Nullable [] litt,
      double @Nullable [] weights,
      Fitter fitter) {
    int n = frequency.length;
    String type = "ValueModelKind";
    boolean spend = kind == ValueModelKind.GAMMAGAMMA;
    if (spend && monetary == null) {
      throw io.github.cx4j.core.CxValidationException.of(
          type + ".monetary", "be given to fit gammagamma", "none");
    }
    requireLength(type + ".recency", recency.length, n, spend);
    requireLength(type + ".age", age.length, n, spend);
    if (monetary != null) {
      requireLength(type + ".monetary", monetary.length, n, false);
    }
    if (litt != null) {
      requireLength(type + ".litt", litt.length, n, false);
    }
    if (weights != null) {
      requireLength(type + ".weights", weights.length, n, false);
    }
    Map<String, List<Integer>> firsts = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    boolean[] use = new boolean[n];
    int used = 0;
    for (int i = 0; i < n; i++) {
      double tx = spend ? 0 : recency[i];
      double t = spend ? 0 : age[i];
      double m = monetary == null ? 0 : monetary[i];
      double w = weights == null ? 1 : weights[i];
      String why = reason(kind, frequency[i], tx, t, m, w);
      if (why == null && litt != null) {
        why = littReason(frequency[i], tx, litt[i]);
      }
      if (why == null) {
        use[i] = true;
        used++;
      } else {
        counts.merge(why, 1, Integer::sum);
        List<Integer> first = firsts.computeIfAbsent(why, k -> new ArrayList<>());
        if (first.size() < LeftOut.SHOWN) {
          first.add(i);
        }
      }
    }
    if (used == 0) {
      throw io.github.cx4j.core.CxValidationException.of(
          type + ".rows", "include a row " + kind.id() + " applies to (all " + n + " left out)", 0);
    }
    int[] x = new int[used];
    double[] tx = new double[used];
    double[] t = new double[used];
    double @Nullable [] m = monetary == null ? null : new double[used];
    double @Nullable [] l = litt == null ? null : new double[used];
    double @Nullable [] w = weights == null ? null : new double[used];
    for (int i = 0, j = 0; i < n; i++) {
      if (use[i]) {
        x[j] = frequency[i];
        tx[j] = spend ? 0 : recency[i];
        t[j] = spend ? 0 : age[i];
        if (m != null && monetary != null) {
          m[j] = monetary[i];
        }
        if (l != null && litt != null) {
          l[j] = litt[i];
        }
        if (w != null && weights != null) {
          w[j] = weights[i];
        }
        j++;
      }
    }
    ValueFit fit = fitter.fit(x, tx, t, m, l, w);
    List<LeftOut> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      out.add(new LeftOut(e.getKey(), e.getValue(), firsts.getOrDefault(e.getKey(), List.of())));
    }
    // the largest group first; equal groups in the order their reasons were first met
    out.sort((a, b) -> Integer.compare(b.rows(), a.rows()));
    return new ScreenedFit(fit, n, used, out);
  }

  private static void requireLength(String field, int length, int n, boolean optional) {
    if (length != n && !(optional && length == 0)) {
      throw io.github.cx4j.core.CxValidationException.of(
          field, "have one value per frequency (" + n + ")", length);
    }
  }
}
