/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Shared fitting glue for the purchase models: starts, warm start on large data, the fit. */
final class Fits {
  /** Above this many distinct patterns the starts are explored on a subsample first. */
  static final int WARM_THRESHOLD = 200_000;

  private Fits() {}

  static ValueFit purchaseModel(
      ValueModelKind kind,
      Patterns patterns,
      Function<Patterns, Bfgs.Objective> likelihood,
      List<double[]> starts,
      FitOptions options) {
    return purchaseModel(kind, patterns, likelihood, starts, options, WARM_THRESHOLD, 0);
  }

  /**
   * Fits, exploring the starts on a subsample of about {@code subsampleSize} patterns first when
   * there are more than {@code warmThreshold} patterns. A size of 0 picks one: 10,000 where the
   * likelihood has an analytic Hessian (Newton steps on all patterns converge from a rough start),
   * 25,000 otherwise (the BFGS polish on all patterns needs a closer one).
   */
  static ValueFit purchaseModel(
      ValueModelKind kind,
      Patterns patterns,
      Function<Patterns, Bfgs.Objective> likelihood,
      List<double[]> starts,
      FitOptions options,
      int warmThreshold,
      int subsampleSize) {
    Bfgs.Objective full = likelihood.apply(patterns);
    Bfgs.@Nullable Objective warm = null;
    double warmWeight = 0;
    if (patterns.size > warmThreshold) {
      int size =
          subsampleSize > 0
              ? subsampleSize
              : full instanceof Bfgs.HessianObjective ? 10_000 : 25_000;
      Patterns sub = patterns.subsample(Math.max(2, patterns.size / size));
      warm = likelihood.apply(sub);
      warmWeight = sub.totalWeight;
    }
    return MleFitter.fit(
        new MleFitter.Problem(
            kind,
            full,
            patterns.totalWeight,
            patterns.size,
            new double[starts.get(0).length],
            starts,
            warm,
            warmWeight),
        options);
  }

  /** Log-scale starting points: data-driven ones first, then generic ones. */
  static List<double[]> starts(double... scaleFreeValues) {
    List<double[]> out = new ArrayList<>();
    int k = scaleFreeValues.length;
    double[] first = new double[k];
    for (int i = 0; i < k; i++) {
      first[i] = Math.log(scaleFreeValues[i]);
    }
    out.add(first);
    double[][] shifts = {
      {-0.7, -0.7, -0.7, 0.7}, {0.7, 0.7, 0.7, 1.4}, {-1.4, -1.4, 0.0, 0.0}, {0.0, 2.0, -0.5, 1.0}
    };
    for (double[] shift : shifts) {
      double[] s = new double[k];
      for (int i = 0; i < k; i++) {
        s[i] = first[i] + shift[i % shift.length];
      }
      out.add(s);
    }
    return out;
  }
}
