/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.SplittableRandom;

/**
 * Random variates for the seeded predictive simulations: one {@link SplittableRandom} per customer,
 * seeded from the run's seed and the customer's row, so that results do not depend on how the rows
 * are split between threads.
 */
final class Sampling {
  private Sampling() {}

  /** The generator of row {@code row} of a run seeded with {@code seed}. */
  static SplittableRandom forRow(long seed, int row) {
    return new SplittableRandom(mix(seed + 0x9E3779B97F4A7C15L * (row + 1L)));
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Gamma(shape, rate) by Marsaglia and Tsang (2000), "A simple method for generating gamma
   * variables", ACM TOMS 26(3); shapes below 1 by the boost {@code G(shape + 1) U^(1 / shape)}.
   */
  static double gamma(SplittableRandom rng, double shape, double rate) {
    if (shape < 1) {
      double u = rng.nextDouble();
      // log space: U^(1/shape) underflows for small shapes
      return gamma(rng, shape + 1, rate) * Math.exp(Math.log(u) / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1.0 / Math.sqrt(9 * d);
    while (true) {
      double z = rng.nextGaussian();
      double v = 1 + c * z;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rng.nextDouble();
      if (u < 1 - 0.0331 * z * z * z * z || Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) {
        return d * v / rate;
      }
    }
  }

  /** Beta(a, b) as {@code G_a / (G_a + G_b)}. */
  static double beta(SplittableRandom rng, double a, double b) {
    double x = gamma(rng, a, 1.0);
    double y = gamma(rng, b, 1.0);
    double s = x + y;
    return s > 0 ? x / s : (a >= b ? 1.0 : 0.0);
  }

  /** Exponential with the given rate. */
  static double exponential(SplittableRandom rng, double rate) {
    return -Math.log1p(-rng.nextDouble()) / rate;
  }
}
