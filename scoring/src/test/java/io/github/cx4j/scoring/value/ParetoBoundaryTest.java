/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Pareto/NBD where the likelihood rises towards a homogeneous dropout rate (s and beta growing
 * together): the hypergeometric series needs millions of terms there, so a fit used to take over
 * nine minutes on 1,500 customers. The dropout term is now integrated by quadrature once the series
 * passes its term budget; these tests bound the work by terms and evaluations.
 */
class ParetoBoundaryTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  @Test
  void integralAgreesWithTheSeriesWhereBothWork() {
    double[][] params = {{0.55, 10.5, 0.6, 11.7}, {2.0, 3.0, 0.3, 40.0}, {0.2, 30.0, 5.0, 2.0}};
    int[] xs = {0, 1, 3, 10, 30};
    double[] txs = {0, 5, 20, 33};
    double[] g = new double[4];
    double[] f1 = new double[4];
    double[] f2 = new double[4];
    for (double[] p : params) {
      for (int x : xs) {
        for (double tx : txs) {
          double age = 38.9;
          double quad = DropoutIntegral.logValue(p[0], p[1], p[2], p[3], x, tx, age, g);
          double a = ParetoLikelihood.logF(p[0], p[1], p[2], p[3], x, tx, f1, Hyp2F1.MAX_TERMS);
          double b = ParetoLikelihood.logF(p[0], p[1], p[2], p[3], x, age, f2, Hyp2F1.MAX_TERMS);
          double series = Math.log(p[2] / (p[0] + p[2] + x)) + a + Math.log(-Math.expm1(b - a));
          assertEquals(series, quad, 1e-12 * Math.abs(series), x + " " + tx);
          // d/dalpha of the series form, against the integral's
          double rho = Math.exp(b - a);
          double dAlpha = (f1[1] - rho * f2[1]) / (1 - rho);
          assertEquals(dAlpha, g[1], 1e-9 * Math.max(1, Math.abs(dAlpha)), x + " " + tx);
        }
      }
    }
  }

  @Test
  void theSeriesStopsAtItsBudgetAndTheLikelihoodStaysFinite() {
    // z = (beta - alpha) / (beta + t_x) = 0.99998: the series would need about 2 million terms
    double r = 0.305;
    double alpha = 7.97;
    double s = 10_000;
    double beta = 450_000;
    double[] grad = new double[4];
    assertTrue(
        Double.isNaN(ParetoLikelihood.logF(r, alpha, s, beta, 3, 5, grad)),
        "the series gives up after " + ParetoLikelihood.SERIES_TERMS + " terms");
    assertTrue(Double.isNaN(Hyp2F1.logOneP(s + 1, r + s + 4, 0.99998, null, 1_000)));
    double[] g = new double[4];
    double[] scratch = new double[8];
    double ll =
        ParetoLikelihood.single(
            r, alpha, s, beta, Math.log(alpha), Math.log(beta), 3, 5, 38, 0, 0, g, scratch);
    assertTrue(Double.isFinite(ll), "log-likelihood " + ll);
    // the gradient of the integral branch against central differences in each parameter
    double[] theta = {r, alpha, s, beta};
    for (int j = 0; j < 4; j++) {
      double h = 1e-5 * theta[j];
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[j] += h;
      down[j] -= h;
      double fd = (at(up) - at(down)) / (2 * h);
      assertEquals(fd, g[j], 1e-5 * Math.max(Math.abs(fd), 1e-3 / theta[j]), "parameter " + j);
    }
  }

  private static double at(double[] t) {
    return ParetoLikelihood.single(
        t[0],
        t[1],
        t[2],
        t[3],
        Math.log(t[1]),
        Math.log(t[3]),
        3,
        5,
        38,
        0,
        0,
        new double[4],
        new double[8]);
  }

  @Test
  void fitOfTheReportDataEndsAtTheBoundaryWithinAnEvaluationBudget() {
    RepeatSummaries c =
        ActivitySummaries.calibrationHoldout(
                purchases(1500, 5),
                SummarySpec.of(START.plusWeeks(39).minusDays(1), SummarySpec.WEEKS),
                START.plusWeeks(78).minusDays(1))
            .calibration();
    Patterns p = Patterns.of("ParetoNbd", c.frequency(), c.recency(), c.age(), null, false);
    ParetoLikelihood likelihood = new ParetoLikelihood(p);
    int[] evaluations = {0};
    int[] failed = {0};
    Bfgs.Objective counting =
        (theta, grad) -> {
          evaluations[0]++;
          double v = likelihood.value(theta, grad);
          if (Double.isNaN(v)) {
            failed[0]++;
          }
          return v;
        };
    ValueFit fit =
        Fits.purchaseModel(
            ValueModelKind.PARETONBD,
            p,
            x -> counting,
            Fits.starts(1.0, 1.0 / p.meanRate(), 1.0, 30.0),
            FitOptions.defaults(),
            20_000,
            10_000);
    assertTrue(fit.converged(), fit.message());
    assertTrue(evaluations[0] <= 400, "evaluations " + evaluations[0]);
    assertEquals(0, failed[0], "evaluations that failed");
    assertTrue(fit.message().contains("edge of its range"), fit.message());
    assertTrue(fit.param("s") > 1e4, "s " + fit.param("s"));
    // s / beta, the mean dropout rate, is identified even at the boundary
    assertEquals(0.0222, fit.param("s") / fit.param("beta"), 0.0005);
    // the BG/NBD that generated the data fits better than the boundary Pareto/NBD
    ValueFit bg = BgNbd.fit(c, FitOptions.defaults());
    assertTrue(bg.logLikelihood() > fit.logLikelihood());
    // and ParetoNbd.fit reaches the same optimum
    ValueFit direct = ParetoNbd.fit(c, FitOptions.defaults());
    assertEquals(fit.logLikelihood(), direct.logLikelihood(), 1e-3);
  }

  /**
   * The purchase log of the report module's tests: customers join over 12 weeks, buy at a gamma
   * weekly rate and drop out after each purchase with a beta probability (a BG/NBD process).
   */
  static TransactionLog purchases(int customers, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    TransactionLog.Builder log = TransactionLog.builder(customers * 4);
    int lastDay = (int) START.plusWeeks(78).minusDays(1).toEpochDay();
    for (int c = 0; c < customers; c++) {
      int index = log.customer(CustomerId.of("C" + c));
      int day = (int) START.toEpochDay() + rnd.nextInt(84);
      double lambda = gamma(rnd, 0.25) / 4.5;
      double p = beta(rnd, 0.8, 2.5);
      double mean = 10 + gamma(rnd, 2) * 15;
      log.add(index, day, amount(rnd, mean));
      while (rnd.nextDouble() >= p) {
        double wait = -Math.log(1 - rnd.nextDouble()) / Math.max(lambda, 1e-6) * 7;
        if (wait > 1e5) {
          break;
        }
        day += Math.max(1, (int) Math.round(wait));
        if (day > lastDay) {
          break;
        }
        log.add(index, day, amount(rnd, mean));
      }
    }
    return log.build();
  }

  private static double amount(SplittableRandom rnd, double mean) {
    return Math.round(mean * gamma(rnd, 4) / 4 * 100) / 100.0 + 0.01;
  }

  private static double gamma(SplittableRandom rnd, double shape) {
    if (shape < 1) {
      return gamma(rnd, shape + 1) * Math.pow(rnd.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = normal(rnd);
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      if (Math.log(rnd.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  private static double beta(SplittableRandom rnd, double a, double b) {
    double x = gamma(rnd, a);
    return x / (x + gamma(rnd, b));
  }

  private static double normal(SplittableRandom rnd) {
    double u = rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }
}
