/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.scoring.value.BgNbd;
import io.github.cx4j.scoring.value.BgNbdModel;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.GammaGamma;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.IntervalOptions;
import io.github.cx4j.scoring.value.Intervals;
import io.github.cx4j.scoring.value.ParameterDraws;
import io.github.cx4j.scoring.value.ParetoNbd;
import io.github.cx4j.scoring.value.ParetoNbdModel;
import io.github.cx4j.scoring.value.PredictionIntervals;
import io.github.cx4j.scoring.value.SimulatedCustomers;
import io.github.cx4j.scoring.value.TimeVaryingCovariates;
import io.github.cx4j.scoring.value.TimeVaryingFit;
import io.github.cx4j.scoring.value.TimeVaryingParetoNbd;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Prediction intervals (issue 20 item 3; target: intervals for 1,000,000 customers on the
 * closed-form path <= 1 s). Customers as in {@link ValueBench}: BG/NBD or Pareto/NBD with
 * CDNOW-like parameters in days, T = 365..730 days, continuous (all-distinct) summaries; 90%
 * intervals for the purchases of the next 365 days; CLV intervals over a year in 12 monthly periods
 * at 10% a year with 1,000 simulated futures per customer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class IntervalsBench {
  SimulatedCustomers million;
  SimulatedCustomers pareto;
  BgNbdModel bg;
  ParetoNbdModel pnbd;
  ParameterDraws draws;
  GammaGammaModel gg;
  int[] x10k;
  double[] tx10k;
  double[] t10k;
  double[] m10k;
  ClvHorizon horizon;
  TimeVaryingFit tvFit;
  TimeVaryingParetoNbd.Simulation tv;
  TimeVaryingCovariates tvPurchase;
  TimeVaryingCovariates tvDropout;

  /** Simulates the customers. */
  @SuppressWarnings("NullAway.Init")
  @Setup
  public void setUp() {
    bg = new BgNbdModel(0.243, 4.414 * 7, 0.793, 2.426);
    pnbd = new ParetoNbdModel(0.553, 10.578 * 7, 0.606, 11.669 * 7);
    million = BgNbd.simulate(bg, ValueBench.ages(1_000_000, false), 2);
    pareto = ParetoNbd.simulate(pnbd, ValueBench.ages(100_000, false), 3);
    gg = new GammaGammaModel(6.25, 3.74, 15.44);
    x10k = Arrays.copyOf(million.frequency(), 10_000);
    tx10k = Arrays.copyOf(million.recency(), 10_000);
    t10k = Arrays.copyOf(million.age(), 10_000);
    m10k = GammaGamma.simulate(gg, x10k, 4);
    draws = ParameterDraws.fromHessian(bg, x10k, tx10k, t10k, null, 100, 5);
    horizon = ClvHorizon.ofAnnualRate(365.2425, 365.2425 / 12, 0.1, 365.2425);
    timeVarying();
  }

  /**
   * 10,000 customers of the time-varying Pareto/NBD in weeks: a campaign on the purchase rate (on
   * in 30% of a customer's weeks, effect 0.6) and a service problem on the dropout rate (from a
   * random week on for 40% of customers, effect 0.8), weekly intervals over 104 weeks, first
   * purchases in weeks 0..26, calibration to week 52, the path through the 52-week horizon.
   */
  private void timeVarying() {
    int n = 10_000;
    int weeks = 104;
    SplittableRandom rng = new SplittableRandom(6);
    double[] breaks = new double[weeks + 1];
    for (int k = 0; k <= weeks; k++) {
      breaks[k] = k;
    }
    double[][] campaign = new double[n][weeks];
    double[][] problem = new double[n][weeks];
    double[] birth = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      int from = rng.nextDouble() < 0.4 ? rng.nextInt(weeks) : weeks;
      for (int k = 0; k < weeks; k++) {
        campaign[i][k] = rng.nextDouble() < 0.3 ? 1 : 0;
        problem[i][k] = k >= from ? 1 : 0;
      }
      birth[i] = rng.nextDouble() * 26;
      age[i] = 52 - birth[i];
    }
    tvPurchase = new TimeVaryingCovariates(List.of("campaign"), breaks, campaign);
    tvDropout = new TimeVaryingCovariates(List.of("problem"), breaks, problem);
    ParetoNbdModel truth = new ParetoNbdModel(0.8, 8, 0.9, 20);
    tv =
        TimeVaryingParetoNbd.simulate(
            truth,
            new double[] {0.6},
            new double[] {0.8},
            birth,
            age,
            52,
            tvPurchase,
            tvDropout,
            7);
    tvFit =
        new TimeVaryingFit(
            Map.of("r", 0.8, "alpha", 8.0, "s", 0.9, "beta", 20.0),
            Map.of("purchase.campaign", 0.6, "dropout.problem", 0.8),
            Map.of(),
            List.of("campaign"),
            List.of("problem"),
            new double[2],
            new double[] {1, 1},
            io.github.cx4j.scoring.value.CovariatePenalty.none(),
            0,
            true,
            0,
            n,
            "given");
  }

  /**
   * Time-varying Pareto/NBD purchase intervals along weekly covariate paths, 10,000 customers,
   * 52-week horizon, by quadrature (no target; about 52 pieces per customer after T).
   */
  @Benchmark
  public Intervals timeVaryingPurchasesTenThousand() {
    return tvFit.purchaseIntervals(52, 0.9, tv.histories(), tvPurchase, tvDropout);
  }

  /** BG/NBD purchase intervals, 1,000,000 distinct customers, exact (target <= 1 s). */
  @Benchmark
  public Intervals bgNbdPurchasesMillion() {
    return PredictionIntervals.purchases(
        bg, 365, 0.9, million.frequency(), million.recency(), million.age());
  }

  /** Pareto/NBD purchase intervals, 100,000 customers, exact up to the dropout quadrature. */
  @Benchmark
  public Intervals paretoNbdPurchasesHundredThousand() {
    return PredictionIntervals.purchases(
        pnbd, 365, 0.9, pareto.frequency(), pareto.recency(), pareto.age());
  }

  /** BG/NBD purchase intervals over 100 parameter draws, 10,000 customers. */
  @Benchmark
  public Intervals bgNbdPurchasesWithParameterDrawsTenThousand() {
    return PredictionIntervals.purchases(draws, 365, 0.9, x10k, tx10k, t10k);
  }

  /** BG/NBD x Gamma-Gamma CLV intervals, 10,000 customers, 1,000 simulated futures each. */
  @Benchmark
  public Intervals clvTenThousand() {
    return PredictionIntervals.clv(
        bg, gg, x10k, tx10k, t10k, m10k, horizon, 1.0, new IntervalOptions(0.9, 1000, 1));
  }
}
