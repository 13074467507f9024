/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

class PredictionsTest {
  static final BgNbdModel BG = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
  static final MbgNbdModel MBG = new MbgNbdModel(0.243, 4.414, 0.793, 2.426);
  static final ParetoNbdModel PARETO = new ParetoNbdModel(0.553, 10.578, 0.606, 11.669);
  static final BgBbModel BGBB = new BgBbModel(1.204, 0.750, 0.657, 2.783);
  static final GaussIntegrator LEGENDRE = new GaussIntegratorFactory().legendre(20, -1, 1);

  /** E_p[f(p)] for p ~ Beta(a, b) with b > 1, by quadrature after p = v^(1/a). */
  static double betaExpectation(double a, double b, java.util.function.DoubleUnaryOperator f) {
    double norm = a * Math.exp(Beta.logBeta(a, b));
    double total = 0;
    int panels = 200;
    for (int k = 0; k < panels; k++) {
      double lo = (double) k / panels;
      double hi = (double) (k + 1) / panels;
      double half = (hi - lo) / 2;
      double mid = lo + half;
      total +=
          half
              * LEGENDRE.integrate(
                  u -> {
                    double v = mid + half * u;
                    double p = Math.pow(v, 1 / a);
                    return f.applyAsDouble(p) * Math.pow(1 - p, b - 1);
                  });
    }
    return total / norm;
  }

  @Test
  void bgNbdConditionalExpectationMatchesTheIntegralAndThePaper() {
    // Fader, Hardie and Lee (2005), section 5: x = 2, t_x = 30.43, T = 38.86 -> 1.226 in 39 weeks
    double e = BG.conditionalExpectedPurchases(39, 2, 30.43, 38.86);
    assertEquals(1.226, e, 0.0015);
    double k = BG.r() + 2;
    double u = 39 / (BG.alpha() + 38.86);
    double alive = BG.probabilityAlive(2, 30.43, 38.86);
    double direct =
        alive * betaExpectation(BG.a(), BG.b() + 2, p -> (1 - Math.pow(1 + p * u, -k)) / p);
    assertEquals(direct, e, 1e-6);
  }

  @Test
  void aliveExpectationIsStableAtAEqualsOne() {
    double below = NbdFamily.aliveExpectation(2.2, 1 - 1e-9, 4, 30, 20);
    double at = NbdFamily.aliveExpectation(2.2, 1, 4, 30, 20);
    double above = NbdFamily.aliveExpectation(2.2, 1 + 1e-9, 4, 30, 20);
    assertEquals(at, below, 1e-6);
    assertEquals(at, above, 1e-6);
    double direct = betaExpectation(1, 4, p -> (1 - Math.pow(1 + p * 20 / 30.0, -2.2)) / p);
    assertEquals(direct, at, 1e-6);
  }

  @Test
  void futureAliveProbabilityMatchesTheIntegral() {
    double now = BG.probabilityAlive(3, 20, 38);
    assertEquals(now, BG.probabilityAliveAt(3, 20, 38, 0), 1e-12);
    double later = BG.probabilityAliveAt(3, 20, 38, 52);
    double u = 52 / (BG.alpha() + 38);
    double direct =
        now * betaExpectation(BG.a(), BG.b() + 3, p -> Math.pow(1 + p * u, -(BG.r() + 3)));
    assertEquals(direct, later, 1e-7);
    assertTrue(later < now);
    assertTrue(MBG.probabilityAliveAt(3, 20, 38, 52) < MBG.probabilityAlive(3, 20, 38));
    assertEquals(
        PARETO.probabilityAlive(3, 20, 38)
            * Math.pow((PARETO.beta() + 38) / (PARETO.beta() + 38 + 52), PARETO.s()),
        PARETO.probabilityAliveAt(3, 20, 38, 52),
        1e-12);
    assertTrue(BGBB.probabilityAliveAt(3, 5, 6, 2) < BGBB.probabilityAlive(3, 5, 6));
  }

  @Test
  void newCustomerExpectationMatchesTheClosedForm() {
    // FHL (2005) eq. 9 with a 2F1 evaluated by its series
    double t = 39;
    double z = t / (BG.alpha() + t);
    double closed =
        (BG.a() + BG.b() - 1)
            / (BG.a() - 1)
            * (1
                - Math.pow(BG.alpha() / (BG.alpha() + t), BG.r())
                    * Hyp2F1.series(BG.r(), BG.b(), BG.a() + BG.b() - 1, z));
    assertEquals(closed, BG.expectedPurchases(t), 1e-9);
    double pareto =
        PARETO.r()
            * PARETO.beta()
            / (PARETO.alpha() * (PARETO.s() - 1))
            * (1 - Math.pow(PARETO.beta() / (PARETO.beta() + t), PARETO.s() - 1));
    assertEquals(pareto, PARETO.expectedPurchases(t), 1e-12);
  }

  @Test
  void purchaseCountDistributionsSumToOneWithTheRightMean() {
    for (PurchaseModel m : List.<PurchaseModel>of(BG, MBG, PARETO)) {
      double total = 0;
      double mean = 0;
      for (int n = 0; n < 400; n++) {
        double p = m.probabilityOfPurchases(n, 39);
        total += p;
        mean += n * p;
      }
      assertEquals(1.0, total, 1e-6, m.kind().id());
      assertEquals(m.expectedPurchases(39), mean, 1e-4, m.kind().id());
    }
    double total = 0;
    double mean = 0;
    for (int n = 0; n <= 6; n++) {
      double p = BGBB.probabilityOfPurchases(n, 6);
      total += p;
      mean += n * p;
    }
    assertEquals(1.0, total, 1e-12);
    assertEquals(BGBB.expectedPurchases(6), mean, 1e-10);
    assertEquals(0.0, BGBB.probabilityOfPurchases(7, 6));
    assertEquals(1.0, BG.probabilityOfPurchases(0, 0));
    assertEquals(0.0, PARETO.probabilityOfPurchases(2, 0));
  }

  @Test
  void newCustomerEqualsConditionalWithoutHistory() {
    assertEquals(BG.expectedPurchases(20), BG.conditionalExpectedPurchases(20, 0, 0, 0), 1e-12);
    assertEquals(
        PARETO.expectedPurchases(20), PARETO.conditionalExpectedPurchases(20, 0, 0, 0), 1e-12);
    assertEquals(BGBB.expectedPurchases(5), BGBB.conditionalExpectedPurchases(5, 0, 0, 0), 1e-12);
    assertEquals(0.0, MBG.conditionalExpectedPurchases(0, 1, 2, 3));
  }

  @Test
  void bgBbDertMatchesTheDiscountedSum() {
    double d = 0.1;
    double sum = 0;
    double previous = 0;
    for (int k = 1; k <= 400; k++) {
      double now = BGBB.conditionalExpectedPurchases(k, 4, 5, 6);
      sum += (now - previous) / Math.pow(1 + d, k);
      previous = now;
    }
    assertEquals(sum, BGBB.discountedExpectedResidualTransactions(d, 4, 5, 6), 1e-9);
    assertEquals(sum, BGBB.discountedExpectedPurchases(4, 5, 6, 400, 1, d), 1e-9);
  }

  /** Tricomi's U(s, s; z) = int_0^inf e^(-z t) t^(s-1) / (1 + t) dt / Gamma(s), by quadrature. */
  static double tricomiUss(double s, double z) {
    // t = v^(1/s): t^(s-1) dt = dv / s, so U = int_0^inf e^(-z v^(1/s)) / (1 + v^(1/s)) dv / G(s+1)
    double end = Math.pow(60 / z, s);
    double total = 0;
    double lo = 0;
    double hi = Math.min(end, 1e-6);
    while (lo < end) {
      double a = lo;
      double half = (hi - a) / 2;
      total +=
          half
              * LEGENDRE.integrate(
                  u -> {
                    double t = Math.pow(a + half + half * u, 1 / s);
                    return Math.exp(-z * t) / (1 + t);
                  });
      lo = hi;
      hi = Math.min(end, hi * 1.5);
    }
    return total / Gamma.gamma(s + 1);
  }

  @Test
  void paretoDertIsThePaperFormulaWithTricomiU() {
    // FHL (2005, JMR, eq. 2): alpha^r beta^s delta^(s-1) G(r+x+1) U(s, s; delta(beta+T))
    //   / (G(r) (alpha+T)^(r+x+1) L), with U by quadrature of its integral and L = exp(LL)
    double delta = Math.log(1.15) / 52; // 15% a year, continuously compounded per week
    for (ParetoNbdModel m :
        List.of(PARETO, new ParetoNbdModel(0.8, 6, 1.7, 9), new ParetoNbdModel(2, 30, 0.3, 4))) {
      for (double[] c : new double[][] {{2, 30.43, 38.86}, {0, 0, 20}, {7, 35, 77.86}}) {
        int x = (int) c[0];
        double tx = c[1];
        double age = c[2];
        double z = delta * (m.beta() + age);
        double logPaper =
            m.r() * Math.log(m.alpha())
                + m.s() * Math.log(m.beta())
                + (m.s() - 1) * Math.log(delta)
                + Gamma.logGamma(m.r() + x + 1)
                + Math.log(tricomiUss(m.s(), z))
                - Gamma.logGamma(m.r())
                - (m.r() + x + 1) * Math.log(m.alpha() + age)
                - m.logLikelihood(x, tx, age);
        double dert = m.discountedExpectedResidualTransactions(delta, x, tx, age);
        assertEquals(Math.exp(logPaper), dert, 1e-9 * dert, m + " " + x);
      }
    }
  }

  @Test
  void paretoDertTendsToTheUndiscountedResidualAsDeltaVanishes() {
    // s > 1: DERT -> P(alive) (r+x)/(alpha+T) (beta+T)/(s-1), the undiscounted residual purchases,
    // with a relative gap of order delta (beta+T) when s > 2
    ParetoNbdModel m = new ParetoNbdModel(0.553, 10.578, 2.5, 11.669);
    double limit =
        m.probabilityAlive(2, 30.43, 38.86)
            * (m.r() + 2)
            / (m.alpha() + 38.86)
            * (m.beta() + 38.86)
            / (m.s() - 1);
    assertEquals(limit, m.discountedExpectedResidualTransactions(1e-12, 2, 30.43, 38.86), 1e-9);
    assertEquals(
        limit, m.conditionalExpectedPurchases(1e9, 2, 30.43, 38.86), 1e-6 * limit, "E[Y(inf)]");
    assertTrue(m.discountedExpectedResidualTransactions(0.01, 2, 30.43, 38.86) < limit);
    // s < 1: the residual lifetime has no mean, DERT grows like delta^(s-1): U(s, s; z) tends to
    // G(1-s), with a relative correction of order z^(1-s), negligible at z = 1e-289
    double small = PARETO.discountedExpectedResidualTransactions(1e-290, 2, 30.43, 38.86);
    double smaller = PARETO.discountedExpectedResidualTransactions(1e-291, 2, 30.43, 38.86);
    assertEquals(Math.pow(10, 1 - PARETO.s()), smaller / small, 1e-12);
    // s = 1 exactly: U(1, 1; z) = e^z E_1(z); at z = 1 that is the Euler-Gompertz constant
    ParetoNbdModel one = new ParetoNbdModel(0.553, 10.578, 1.0, 11.669);
    double scale =
        one.probabilityAlive(2, 30.43, 38.86) * (one.r() + 2) / (one.alpha() + 38.86) * 50.529;
    assertEquals(
        scale * 0.5963473623231940743,
        one.discountedExpectedResidualTransactions(1 / 50.529, 2, 30.43, 38.86),
        1e-14 * scale);
  }

  @Test
  void scaledExpIntegralMatchesClosedFormsAndIsContinuousAcrossItsBranches() {
    // s = 1/2: e^z z^(-1/2) Gamma(1/2, z) = e^z sqrt(pi / z) erfc(sqrt z); s = 3/2 by
    // Gamma(-1/2, z) = 2 (z^(-1/2) e^-z - Gamma(1/2, z))
    for (double z : new double[] {1e-9, 1e-4, 0.03, 0.4, 0.999, 1.0, 1.001, 2.5, 17, 300}) {
      double half = Math.exp(z) * Math.sqrt(Math.PI / z) * Erf.erfc(Math.sqrt(z));
      assertEquals(half, SpecialFunctions.scaledExpIntegralE(0.5, z), 1e-13 * half, "z=" + z);
      if (z < 3) {
        double threeHalves = 2 * (1 - z * half);
        assertEquals(threeHalves, SpecialFunctions.scaledExpIntegralE(1.5, z), 1e-12 * threeHalves);
      }
    }
    assertEquals(0.5963473623231940743, SpecialFunctions.scaledExpIntegralE(1, 1), 1e-15);
    for (double s : new double[] {0.05, 0.5, 1 - 1e-9, 1, 1.3, 1.5, 2, 2.5, 7.7, 20, 20.01, 60}) {
      double below = SpecialFunctions.scaledExpIntegralE(s, 1);
      double above = SpecialFunctions.scaledExpIntegralE(s, Math.nextUp(1.0));
      assertEquals(below, above, 1e-14 * below, "s=" + s);
      for (double z : new double[] {1e-8, 0.3}) {
        double left = SpecialFunctions.scaledExpIntegralE(Math.nextDown(s), z);
        double right = SpecialFunctions.scaledExpIntegralE(s, z);
        assertEquals(left, right, 1e-12 * right, "s=" + s + " z=" + z);
      }
    }
    assertEquals(0.0, SpecialFunctions.scaledExpIntegralE(2, Double.POSITIVE_INFINITY));
  }

  @Test
  void bgBbLikelihoodOfTheAliveBranchMatchesThePaperFormula() {
    // x = 0, n = 6: L = B(a, b + 6)/B(a, b) B(g, d + 6)/B(g, d) + sum_i B(a, b + i)/B(a, b)
    // B(g + 1, d + i)/B(g, d)
    double expected =
        Math.exp(
            Beta.logBeta(1.204, 0.75 + 6)
                - Beta.logBeta(1.204, 0.75)
                + Beta.logBeta(0.657, 2.783 + 6)
                - Beta.logBeta(0.657, 2.783));
    for (int i = 0; i < 6; i++) {
      expected +=
          Math.exp(
              Beta.logBeta(1.204, 0.75 + i)
                  - Beta.logBeta(1.204, 0.75)
                  + Beta.logBeta(1.657, 2.783 + i)
                  - Beta.logBeta(0.657, 2.783));
    }
    assertEquals(Math.log(expected), BGBB.logLikelihood(0, 0, 6), 1e-12);
  }

  @Test
  void shiftedBetaGeometricQuantities() {
    SbgModel m = new SbgModel(0.704, 1.182);
    double[] curve = m.survivalCurve(7);
    assertEquals(1.0, curve[0]);
    for (int t = 1; t <= 7; t++) {
      assertEquals(m.survival(t), curve[t], 1e-12);
      assertEquals(curve[t - 1] - curve[t], m.churnProbability(t), 1e-12);
      assertTrue(t == 1 || m.retentionRate(t) > m.retentionRate(t - 1));
    }
    double d = 0.1;
    double del = 0;
    double derl = 0;
    for (int t = 0; t < 5000; t++) {
      del += m.survival(t) / Math.pow(1 + d, t);
    }
    int renewals = 4;
    for (int t = renewals + 1; t < 5000; t++) {
      derl += m.survival(t) / m.survival(renewals) / Math.pow(1 + d, t - renewals - 1);
    }
    assertEquals(del, m.discountedExpectedLifetime(d), 1e-6);
    assertEquals(derl, m.discountedExpectedResidualLifetime(d, renewals), 1e-6);
  }

  @Test
  void gammaGammaSpend() {
    GammaGammaModel gg = new GammaGammaModel(6.25, 3.74, 15.44);
    assertEquals(6.25 * 15.44 / 2.74, gg.populationMeanSpend(), 1e-12);
    assertEquals(
        (15.44 + 2 * 22.35) * 6.25 / (6.25 * 2 + 3.74 - 1),
        gg.conditionalExpectedSpend(2, 22.35),
        1e-12);
    assertEquals(gg.populationMeanSpend(), gg.conditionalExpectedSpend(0, 0), 1e-12);
    double[] col = gg.conditionalExpectedSpend(new int[] {0, 2}, new double[] {0, 22.35});
    assertEquals(gg.conditionalExpectedSpend(2, 22.35), col[1], 1e-12);
  }
}
