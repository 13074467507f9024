/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CxJson;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/** Invariants for all inputs: finite log-likelihoods at extreme counts, exact gradients, JSON. */
class ValueProperties {
  static final GaussIntegrator LEGENDRE = new GaussIntegratorFactory().legendre(20, -1, 1);

  static double param(SplittableRandom rng) {
    return Math.exp(rng.nextDouble(Math.log(0.05), Math.log(20)));
  }

  static List<PurchaseModel> models(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    return List.of(
        new BgNbdModel(param(rng), param(rng), param(rng), param(rng)),
        new MbgNbdModel(param(rng), param(rng), param(rng), param(rng)),
        new ParetoNbdModel(param(rng), param(rng), param(rng), param(rng)));
  }

  @Test
  void fastLog1pAndExpm1AgreeWithTheLibraryToAFewUlps() {
    qt().withExamples(2000)
        .forAll(doubles().between(-30, 8), integers().between(0, 1))
        .checkAssert(
            (exponent, sign) -> {
              // magnitudes from 1e-30 to 1e8, both signs (log1p needs x > -1)
              double x = (sign == 0 ? 1 : -1) * Math.pow(10, exponent);
              double e = SpecialFunctions.expm1(Math.max(x, -700));
              double em = Math.expm1(Math.max(x, -700));
              assertEquals(em, e, 4 * Math.ulp(em), "expm1(" + x + ")");
              double y = x > -1 ? x : -1 + 1e-3 * Math.abs(1 / x);
              double l = SpecialFunctions.log1p(y);
              double lm = Math.log1p(y);
              assertEquals(lm, l, 4 * Math.ulp(lm), "log1p(" + y + ")");
            });
    assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.log1p(Double.POSITIVE_INFINITY));
    // near the top of the range, where x ln(1 + x) or (e^x - 1) x would overflow
    for (double big : new double[] {1e300, Double.MAX_VALUE}) {
      assertEquals(Math.log1p(big), SpecialFunctions.log1p(big), 4 * Math.ulp(Math.log1p(big)));
    }
    for (double big : new double[] {703.2978605065776, 709.7}) {
      assertEquals(Math.expm1(big), SpecialFunctions.expm1(big), 4 * Math.ulp(Math.expm1(big)));
    }
    assertEquals(Double.NEGATIVE_INFINITY, SpecialFunctions.log1p(-1.0));
    assertEquals(-1.0, SpecialFunctions.expm1(-800));
    assertEquals(Double.POSITIVE_INFINITY, SpecialFunctions.expm1(800));
  }

  @Test
  void continuousModelsAreFiniteUpToHundredThousandPurchasesAndTenThousandPeriods() {
    qt().withExamples(150)
        .forAll(
            integers().all(),
            integers().between(0, 100_000),
            doubles().between(0, 10_000),
            doubles().between(0, 1))
        .checkAssert(
            (seed, x, age, share) -> {
              double tx = x == 0 ? 0 : age * share;
              for (PurchaseModel m : models(seed)) {
                double ll = m.logLikelihood(x, tx, age);
                double alive = m.probabilityAlive(x, tx, age);
                double e = m.conditionalExpectedPurchases(52, x, tx, age);
                double later = m.probabilityAliveAt(x, tx, age, 52);
                String what = m + " x=" + x + " tx=" + tx + " T=" + age;
                assertTrue(Double.isFinite(ll), what);
                assertTrue(alive >= 0 && alive <= 1, what + " alive " + alive);
                assertTrue(Double.isFinite(e) && e >= 0, what + " E " + e);
                assertTrue(later <= alive + 1e-12 && later >= 0, what + " later " + later);
              }
            });
  }

  @Test
  void discountedPurchasesEqualTheDiscountedSumOfConditionalExpectations() {
    qt().withExamples(100)
        .forAll(
            integers().all(),
            integers().between(0, 200),
            doubles().between(0.5, 500),
            doubles().between(0, 1))
        .checkAssert(
            (seed, x, age, share) -> {
              double tx = x == 0 ? 0 : age * share;
              for (PurchaseModel m : models(seed)) {
                double period = age / 7 + 0.5;
                double expected = 0;
                double previous = 0;
                for (int k = 1; k <= 12; k++) {
                  double now =
                      m.conditionalExpectedPurchases(Math.min(10 * period, k * period), x, tx, age);
                  expected += (now - previous) / Math.pow(1.01, k);
                  previous = now;
                }
                double actual =
                    m.discountedExpectedPurchases(x, tx, age, 10 * period, period, 0.01);
                assertEquals(expected, actual, 1e-9 * Math.max(1, expected), m + " x=" + x);
              }
            });
  }

  @Test
  void paretoDertEqualsTheDiscountedIntegralOfTheConditionalExpectation() {
    // DERT = int_0^inf e^(-delta t) dE[Y(t)] = delta int_0^inf e^(-delta t) E[Y(t)] dt (by parts,
    // E[Y(0)] = 0), with E[Y(t) | x, t_x, T] from conditionalExpectedPurchases, by quadrature;
    // random parameters (s from 0.05 to 20), delta from 1e-5 to 2 per time unit
    qt().withExamples(60)
        .forAll(
            integers().all(),
            integers().between(0, 200),
            doubles().between(0.5, 500),
            doubles().between(0, 1))
        .checkAssert(
            (seed, x, age, share) -> {
              ParetoNbdModel m = (ParetoNbdModel) models(seed).get(2);
              double tx = x == 0 ? 0 : age * share;
              SplittableRandom rng = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
              double delta = Math.exp(rng.nextDouble(Math.log(1e-5), Math.log(2)));
              double expected = discountedByQuadrature(m, delta, x, tx, age);
              double actual = m.discountedExpectedResidualTransactions(delta, x, tx, age);
              // relative 1e-9, except below the smallest normal double (P(alive) can be ~1e-316
              // at high frequency and long silence), where subnormals hold fewer digits
              assertEquals(
                  expected,
                  actual,
                  1e-9 * expected + Double.MIN_NORMAL,
                  m + " delta=" + delta + " x=" + x + " T=" + age);
            });
  }

  /**
   * {@code delta int_0^inf e^(-delta t) E[Y(t)] dt = int_0^inf e^-w E[Y(w / delta)] dw} by 20-point
   * Gauss-Legendre on panels that double in length from 1e-7 to 80.
   */
  static double discountedByQuadrature(
      PurchaseModel m, double delta, int x, double tx, double age) {
    double total = 0;
    double lo = 0;
    double hi = 1e-7;
    while (lo < 80) {
      double a = lo;
      double half = (hi - a) / 2;
      total +=
          half
              * LEGENDRE.integrate(
                  u -> {
                    double w = a + half + half * u;
                    return Math.exp(-w) * m.conditionalExpectedPurchases(w / delta, x, tx, age);
                  });
      lo = hi;
      hi = Math.min(80, hi * 2);
    }
    return total;
  }

  @Test
  void paretoLikelihoodAgreesWithQuadratureAtLargeCounts() {
    qt().withExamples(60)
        .forAll(
            integers().all(),
            integers().between(0, 100_000),
            doubles().between(1, 10_000),
            doubles().between(0, 0.999))
        .checkAssert(
            (seed, x, age, share) -> {
              ParetoNbdModel m = (ParetoNbdModel) models(seed).get(2);
              double tx = x == 0 ? 0 : age * share;
              assertEquals(paretoByQuadrature(m, x, tx, age), m.logLikelihood(x, tx, age), 1e-7);
            });
  }

  /** The Pareto/NBD log-likelihood with the dropout integral done by quadrature in log space. */
  static double paretoByQuadrature(ParetoNbdModel m, int x, double tx, double age) {
    double r = m.r();
    double alpha = m.alpha();
    double s = m.s();
    double beta = m.beta();
    double k = r + x - 1;
    double upper = Math.log((alpha + age) / (alpha + tx));
    double logIntegral = Double.NEGATIVE_INFINITY;
    double start = 0;
    double width = 0.25 / Math.max(Math.abs(k), 1);
    while (start < upper) {
      double end = Math.min(upper, start + width);
      double lo = start;
      double half = (end - lo) / 2;
      double ref = logIntegrand(lo, k, alpha, beta, s, tx);
      double panel =
          half
              * LEGENDRE.integrate(
                  u -> Math.exp(logIntegrand(lo + half + half * u, k, alpha, beta, s, tx) - ref));
      double logPanel = ref + Math.log(panel);
      double max = Math.max(logIntegral, logPanel);
      logIntegral = max + Math.log(Math.exp(logIntegral - max) + Math.exp(logPanel - max));
      start = end;
      width *= 1.5;
    }
    double l2 = Math.log(s) - k * Math.log(alpha + tx) + logIntegral;
    double l1 = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
    double max = Math.max(l1, l2);
    double lse = max + Math.log(Math.exp(l1 - max) + Math.exp(l2 - max));
    return Gamma.logGamma(r + x)
        - Gamma.logGamma(r)
        + r * Math.log(alpha)
        + s * Math.log(beta)
        + lse;
  }

  static double logIntegrand(double u, double k, double alpha, double beta, double s, double tx) {
    double tau = (alpha + tx) * Math.exp(u) - alpha;
    return -k * u - (s + 1) * Math.log(beta + tau);
  }

  @Test
  void bgBbIsFiniteUpToTenThousandOpportunities() {
    qt().withExamples(40)
        .forAll(
            integers().all(),
            integers().between(0, 10_000),
            doubles().between(0, 1),
            doubles().between(0, 1))
        .checkAssert(
            (seed, n, a, b) -> {
              SplittableRandom rng = new SplittableRandom(seed);
              BgBbModel m = new BgBbModel(param(rng), param(rng), param(rng), param(rng));
              int tx = (int) Math.floor(n * a);
              int x = (int) Math.floor(tx * b);
              if (tx > 0 && x == 0) {
                x = 1;
              }
              if (x == 0) {
                tx = 0;
              }
              double ll = m.logLikelihood(x, tx, n);
              double alive = m.probabilityAlive(x, tx, n);
              assertTrue(Double.isFinite(ll) && ll <= 1e-12, m + " " + x + "/" + tx + "/" + n);
              assertTrue(alive >= 0 && alive <= 1);
            });
  }

  @Test
  void analyticGradientsMatchFiniteDifferences() {
    Cdnow c = Cdnow.load();
    Patterns p = Patterns.of("BgNbd", c.x, c.tx, c.age, null, false);
    int[] dx = {0, 1, 2, 3, 4, 5, 6};
    double[] dtx = {0, 1, 2, 3, 4, 5, 6};
    double[] dn = {6, 6, 6, 6, 6, 6, 6};
    double[] w = {3464, 1091, 613, 322, 240, 335, 1203};
    Patterns discrete = Patterns.of("BgBb", dx, dtx, dn, w, true);
    qt().withExamples(20)
        .forAll(integers().all())
        .checkAssert(
            seed -> {
              SplittableRandom rng = new SplittableRandom(seed);
              double[] theta = new double[4];
              for (int i = 0; i < 4; i++) {
                theta[i] = Math.log(param(rng));
              }
              checkGradient(new NbdLikelihood(p, false), theta);
              checkGradient(new NbdLikelihood(p, true), theta);
              checkGradient(new ParetoLikelihood(p), theta);
              checkGradient(new BgBbLikelihood(discrete), theta);
            });
  }

  @Test
  void analyticHessiansMatchFiniteDifferencesOfTheGradient() {
    Cdnow c = Cdnow.load();
    Patterns p = Patterns.of("BgNbd", c.x, c.tx, c.age, null, false);
    qt().withExamples(20)
        .forAll(integers().all())
        .checkAssert(
            seed -> {
              SplittableRandom rng = new SplittableRandom(seed);
              double[] theta = new double[4];
              for (int i = 0; i < 4; i++) {
                theta[i] = Math.log(param(rng));
              }
              checkHessian(new NbdLikelihood(p, false), theta);
              checkHessian(new NbdLikelihood(p, true), theta);
            });
  }

  static void checkHessian(Bfgs.HessianObjective f, double[] theta) {
    int k = theta.length;
    double[] g = new double[k];
    double[][] h = new double[k][k];
    double v = f.value(theta, g, h);
    double[] g0 = new double[k];
    assertEquals(v, f.value(theta, g0), 0.0, "the value does not depend on asking for the Hessian");
    assertEquals(g0[0], g[0], 0.0);
    for (int j = 0; j < k; j++) {
      // central differences with Richardson extrapolation: the truncation error is O(step^4), so
      // the tolerance below tests the analytic Hessian rather than the difference quotient
      double step = 1e-4;
      double[] coarse = centralGradientDifference(f, theta, j, step);
      double[] fine = centralGradientDifference(f, theta, j, step / 2);
      for (int i = 0; i < k; i++) {
        double numeric = (4 * fine[i] - coarse[i]) / 3;
        assertEquals(numeric, h[i][j], 1e-5 * Math.max(1, Math.abs(numeric)), "H" + i + j);
        assertEquals(h[j][i], h[i][j], 0.0, "symmetric H" + i + j);
      }
    }
  }

  private static double[] centralGradientDifference(
      Bfgs.HessianObjective f, double[] theta, int j, double step) {
    int k = theta.length;
    double[] gp = new double[k];
    double[] gm = new double[k];
    double[] tp = theta.clone();
    double[] tm = theta.clone();
    tp[j] += step;
    tm[j] -= step;
    f.value(tp, gp);
    f.value(tm, gm);
    double[] d = new double[k];
    for (int i = 0; i < k; i++) {
      d[i] = (gp[i] - gm[i]) / (2 * step);
    }
    return d;
  }

  static void checkGradient(Bfgs.Objective f, double[] theta) {
    double[] g = new double[theta.length];
    double v = f.value(theta, g);
    assertTrue(Double.isFinite(v));
    double[] scratch = new double[theta.length];
    for (int i = 0; i < theta.length; i++) {
      // central differences with Richardson extrapolation (truncation error O(h^4))
      double h = 1e-4;
      double numeric =
          (4 * centralDifference(f, theta, i, h / 2, scratch)
                  - centralDifference(f, theta, i, h, scratch))
              / 3;
      assertEquals(numeric, g[i], 1e-5 * Math.max(1, Math.abs(numeric)), f + " d" + i);
    }
  }

  private static double centralDifference(
      Bfgs.Objective f, double[] theta, int i, double h, double[] scratch) {
    double[] tp = theta.clone();
    double[] tm = theta.clone();
    tp[i] += h;
    tm[i] -= h;
    return (f.value(tp, scratch) - f.value(tm, scratch)) / (2 * h);
  }

  @Test
  void fitsAndModelsRoundTripThroughJson() throws Exception {
    ObjectMapper mapper = CxJson.mapper();
    Cdnow c = Cdnow.load();
    ValueFit fit = BgNbd.fit(c.x, c.tx, c.age);
    String json = mapper.writeValueAsString(fit);
    assertTrue(json.contains("\"model\":\"bgnbd\""), json);
    assertTrue(json.contains("\"params\":{\"r\":"), json);
    ValueFit back = mapper.readValue(json, ValueFit.class);
    assertEquals(fit, back);
    BgNbdModel model = back.as(BgNbdModel.class);
    assertEquals(fit.param("alpha"), model.alpha());
    ClvHorizon horizon = new ClvHorizon(52, 4.348, 0.01);
    assertEquals(horizon, mapper.readValue(mapper.writeValueAsString(horizon), ClvHorizon.class));
    qt().withExamples(50)
        .forAll(integers().all())
        .checkAssert(
            seed -> {
              for (PurchaseModel m : models(seed)) {
                assertEquals(m, ValueModel.of(m.kind(), m.params()));
              }
            });
  }
}
