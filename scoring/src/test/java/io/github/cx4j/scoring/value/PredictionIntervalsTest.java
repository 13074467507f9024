/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The exact predictive distribution of future purchases agrees with the models' own expressions;
 * its intervals cover simulated holdout purchases at the stated rate (tolerances stated per test).
 */
class PredictionIntervalsTest {
  static final BgNbdModel BG = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
  static final MbgNbdModel MBG = new MbgNbdModel(0.525, 6.183, 0.891, 1.614);
  static final ParetoNbdModel PARETO = new ParetoNbdModel(0.553, 10.58, 0.606, 11.67);
  static final BgBbModel BGBB = new BgBbModel(1.204, 0.750, 0.657, 2.783);
  static final List<PurchaseModel> MODELS = List.of(BG, MBG, PARETO, BGBB);

  /** Histories (x, t_x, T) valid for every model (whole numbers for BG/BB). */
  static final double[][] HISTORIES = {
    {0, 0, 0}, {0, 0, 38}, {1, 5, 20}, {2, 30, 32}, {7, 35, 36}, {3, 4, 38}, {15, 27, 28}
  };

  static double horizon(PurchaseModel m) {
    return m instanceof BgBbModel ? 5 : 39;
  }

  @Test
  void newCustomerMatchesTheModelsProbabilityOfPurchases() {
    for (PurchaseModel m : MODELS) {
      double t = horizon(m);
      for (int n = 0; n <= 12; n++) {
        double expected = m.probabilityOfPurchases(n, t);
        double actual = PredictionIntervals.probabilityOfPurchases(m, n, t, 0, 0, 0);
        assertEquals(expected, actual, 1e-9 + 1e-7 * expected, m.kind().id() + " n=" + n);
      }
    }
  }

  @Test
  void distributionSumsToOneWithTheConditionalExpectationAsMean() {
    for (PurchaseModel m : MODELS) {
      double t = horizon(m);
      for (double[] h : HISTORIES) {
        int x = (int) h[0];
        double sum = 0;
        double mean = 0;
        for (int n = 0; n <= 400; n++) {
          double p = PredictionIntervals.probabilityOfPurchases(m, n, t, x, h[1], h[2]);
          assertTrue(p >= 0 && p <= 1, "probability " + p);
          sum += p;
          mean += n * p;
        }
        String what = m.kind().id() + " history " + java.util.Arrays.toString(h);
        assertEquals(1.0, sum, 1e-8, what);
        assertEquals(m.conditionalExpectedPurchases(t, x, h[1], h[2]), mean, 1e-7, what);
      }
    }
  }

  @Test
  void zeroPurchasesIsDeadOrAliveWithoutPurchases() {
    // P(Y = 0) = 1 - P(alive) + P(alive) P(no purchase | alive) >= 1 - P(alive)
    for (PurchaseModel m : MODELS) {
      double alive = m.probabilityAlive(3, 4, 38);
      double p0 = PredictionIntervals.probabilityOfPurchases(m, 0, horizon(m), 3, 4, 38);
      assertTrue(p0 >= 1 - alive && p0 <= 1, m.kind().id());
      assertEquals(1.0, PredictionIntervals.probabilityOfPurchases(m, 0, 0, 3, 4, 38), 1e-12);
    }
  }

  @Test
  void intervalsAreTheQuantilesOfTheDistribution() {
    int[] x = {0, 1, 2, 7, 3, 15};
    double[] tx = {0, 5, 30, 35, 4, 27};
    double[] age = {38, 20, 32, 36, 38, 28};
    for (PurchaseModel m : MODELS) {
      double t = horizon(m);
      Intervals iv = PredictionIntervals.purchases(m, t, 0.8, x, tx, age);
      for (int i = 0; i < x.length; i++) {
        double cdf = 0;
        int low = -1;
        int high = -1;
        for (int n = 0; high < 0; n++) {
          cdf += PredictionIntervals.probabilityOfPurchases(m, n, t, x[i], tx[i], age[i]);
          if (low < 0 && cdf >= 0.1 - 1e-9) {
            low = n;
          }
          if (cdf >= 0.9 - 1e-9) {
            high = n;
          }
        }
        assertEquals(low, iv.low()[i], m.kind().id() + " low " + i);
        assertEquals(high, iv.high()[i], m.kind().id() + " high " + i);
      }
      assertEquals(0.8, iv.level());
    }
  }

  @Test
  void aHeavyBuyerStillGetsAFiniteInterval() {
    // r + x = 100,000: (alpha / (alpha + t))^(r + x) underflows, the recursion runs in logs
    Intervals iv =
        PredictionIntervals.purchases(
            BG, 39, 0.9, new int[] {100_000}, new double[] {38}, new double[] {38});
    double mean = BG.conditionalExpectedPurchases(39, 100_000, 38, 38);
    assertTrue(iv.low()[0] < mean && mean < iv.high()[0], iv.low()[0] + " " + iv.high()[0]);
    // no more than the posterior mean rate (r + x) / (alpha + T) over 39 weeks, plus 2%
    assertTrue(iv.high()[0] < 1.02 * 39 * (0.243 + 100_000) / (4.414 + 38), "" + iv.high()[0]);
  }

  @Test
  void badInputIsNamed() {
    int[] x = {1};
    double[] tx = {2};
    double[] age = {4};
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> PredictionIntervals.purchases(BG, 39, 1.0, x, tx, age));
    assertEquals("PredictionIntervals.level must be within (0, 1), was 1.0", e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () -> PredictionIntervals.purchases(BG, -1, 0.9, x, tx, age));
    assertEquals("PredictionIntervals.t must be finite and non-negative, was -1.0", e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () -> PredictionIntervals.purchases(BGBB, 2.5, 0.9, x, tx, age));
    assertEquals(
        "PredictionIntervals.t must be a whole number of opportunities for bgbb, was 2.5",
        e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () -> PredictionIntervals.purchases(BG, 39, 0.9, x, new double[] {5}, age));
    assertEquals(
        "bgnbd.recency must be within 0..T (4.0) (customer index 0), was 5.0", e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () -> PredictionIntervals.purchases(BG, 39, 0.9, x, new double[] {1, 2}, age));
    assertEquals(
        "PredictionIntervals.recency must have as many values as frequency (1), was 2",
        e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () -> PredictionIntervals.probabilityOfPurchases(BG, -1, 39, 1, 2, 4));
    assertEquals("PredictionIntervals.n must be non-negative, was -1", e.getMessage());
    e = assertThrows(CxValidationException.class, () -> new IntervalOptions(0.9, 10, 1));
    assertEquals("IntervalOptions.draws must be within 100..1,000,000, was 10", e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () -> new Intervals(0.9, new double[] {2}, new double[] {1}));
    assertEquals(
        "Intervals.low must be at most the high end (customer index 0), was 2.0", e.getMessage());
  }

  /** Customers with their calibration summary and their holdout purchases, from known models. */
  record Panel(
      int[] x, double[] tx, double[] age, double[] monetary, int[] holdout, double[] value) {}

  /** P(Y = y | history) for y = 0..upTo, from one pass of the distribution's terms. */
  static double[] pmf(PurchaseModel m, double t, int x, double tx, double age, int upTo) {
    double alive = m.probabilityAlive(x, tx, age);
    FutureCounts counts = FutureCounts.of(m, t, x, age);
    double[] out = new double[upTo + 1];
    for (int y = 0; y <= upTo; y++) {
      out[y] = alive * counts.next() + (y == 0 ? 1 - alive : 0);
    }
    return out;
  }

  /**
   * Simulates BG/NBD or Pareto/NBD customers over calibration and holdout: T spread over 0..78
   * weeks (staggered first purchases), holdout 39 weeks; with Gamma-Gamma transaction values.
   */
  static Panel panel(PurchaseModel m, GammaGammaModel spend, int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    int[] holdout = new int[n];
    double[] value = new double[n];
    double[] mbar = new double[n];
    for (int i = 0; i < n; i++) {
      double t = 78.0 * (i + 0.5) / n;
      age[i] = t;
      double nu = Sampling.gamma(rng, spend.q(), spend.gamma());
      double lambda;
      double death;
      double p = 0;
      if (m instanceof BgNbdModel bg) {
        lambda = Sampling.gamma(rng, bg.r(), bg.alpha());
        p = Sampling.beta(rng, bg.a(), bg.b());
        death = Double.POSITIVE_INFINITY;
      } else {
        ParetoNbdModel pa = (ParetoNbdModel) m;
        lambda = Sampling.gamma(rng, pa.r(), pa.alpha());
        death = Sampling.exponential(rng, Sampling.gamma(rng, pa.s(), pa.beta()));
      }
      double tau = 0;
      double sum = 0;
      while (true) {
        tau += Sampling.exponential(rng, lambda);
        if (tau > death || tau > t + 39) {
          break;
        }
        double z = Sampling.gamma(rng, spend.p(), nu);
        if (tau <= t) {
          x[i]++;
          tx[i] = tau;
          sum += z;
        } else {
          holdout[i]++;
          value[i] += z;
        }
        if (p > 0 && rng.nextDouble() < p) {
          break;
        }
      }
      mbar[i] = x[i] == 0 ? 0 : sum / x[i];
    }
    return new Panel(x, tx, age, mbar, holdout, value);
  }

  @Test
  void ninetyPercentIntervalsCoverHoldoutPurchases() {
    GammaGammaModel spend = new GammaGammaModel(6.25, 3.74, 15.44);
    for (PurchaseModel m : List.of(BG, PARETO)) {
      Panel s = panel(m, spend, 20_000, 5);
      int n = s.x().length;
      Intervals iv = PredictionIntervals.purchases(m, 39, 0.9, s.x(), s.tx(), s.age());
      double[] actual = new double[n];
      double implied = 0;
      double variance = 0;
      double pitInside = 0;
      SplittableRandom u = new SplittableRandom(9);
      for (int i = 0; i < n; i++) {
        actual[i] = s.holdout()[i];
        int upTo = (int) Math.max(iv.high()[i], s.holdout()[i]);
        double[] pmf = pmf(m, 39, s.x()[i], s.tx()[i], s.age()[i], upTo);
        double below = 0;
        double inside = 0;
        for (int y = 0; y <= upTo; y++) {
          if (y >= iv.low()[i] && y <= iv.high()[i]) {
            inside += pmf[y];
          }
          if (y < s.holdout()[i]) {
            below += pmf[y];
          }
        }
        double at = pmf[s.holdout()[i]];
        implied += inside;
        variance += inside * (1 - inside);
        // randomised probability integral transform: uniform on (0, 1) if the model is right
        double pit = below + u.nextDouble() * at;
        if (pit >= 0.05 && pit <= 0.95) {
          pitInside++;
        }
      }
      implied /= n;
      double coverage = iv.coverage(actual);
      String what = m.kind().id();
      // a count's interval covers at least its level; the data cover what the model implies
      assertTrue(implied >= 0.9, what + " implied " + implied);
      double se = Math.sqrt(variance) / n;
      assertEquals(implied, coverage, 4 * se, what + " coverage vs implied");
      // the randomised PIT inside the central 90%: 0.9 +- 0.01 (4.7 binomial SE at n = 20,000)
      assertEquals(0.9, pitInside / n, 0.01, what + " PIT coverage");
    }
  }
}
