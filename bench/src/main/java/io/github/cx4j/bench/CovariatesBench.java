/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.scoring.value.CovariateFit;
import io.github.cx4j.scoring.value.CovariateModels;
import io.github.cx4j.scoring.value.CovariatePenalty;
import io.github.cx4j.scoring.value.Covariates;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.ParetoNbd;
import io.github.cx4j.scoring.value.ParetoNbdModel;
import io.github.cx4j.scoring.value.SimulatedCustomers;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.util.List;
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
 * Pareto/NBD with 3 static covariates on 100,000 customers (issue 20 target: fit <= 2 s on 2
 * cores): income ~ N(3, 2^2) and a 30% newsletter indicator on the purchase process, a 40% web
 * indicator on the dropout process, customers simulated one by one from their own models (T over
 * 30..60 weeks, seeded). The fit includes the start (the Pareto/NBD without covariates), BFGS with
 * the analytic gradient and the standard errors; with and without an elastic-net penalty.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class CovariatesBench {
  static final int CUSTOMERS = 100_000;

  int[] x;
  double[] tx;
  double[] age;
  Covariates purchase;
  Covariates dropout;

  /** Simulates the customers. */
  @SuppressWarnings("NullAway.Init")
  @Setup
  public void setUp() {
    SplittableRandom rng = new SplittableRandom(20);
    int n = CUSTOMERS;
    x = new int[n];
    tx = new double[n];
    age = new double[n];
    double[][] p = new double[n][2];
    double[][] d = new double[n][1];
    for (int i = 0; i < n; i++) {
      p[i][0] = 3 + 2 * rng.nextGaussian();
      p[i][1] = rng.nextDouble() < 0.3 ? 1 : 0;
      d[i][0] = rng.nextDouble() < 0.4 ? 1 : 0;
      age[i] = 30 + 30 * (i % 100) / 99.0;
      double alpha = 10 * Math.exp(-0.3 * p[i][0] - 0.4 * p[i][1]);
      double beta = 12 * Math.exp(-0.7 * d[i][0]);
      SimulatedCustomers one =
          ParetoNbd.simulate(
              new ParetoNbdModel(0.6, alpha, 0.8, beta), new double[] {age[i]}, 20L * 100_003 + i);
      x[i] = one.frequency()[0];
      tx[i] = one.recency()[0];
    }
    purchase = new Covariates(List.of("income", "newsletter"), p);
    dropout = new Covariates(List.of("web"), d);
  }

  /** The maximum-likelihood fit with standard errors. */
  @Benchmark
  public CovariateFit paretoNbdThreeCovariates100k() {
    return CovariateModels.fit(
        ValueModelKind.PARETONBD,
        x,
        tx,
        age,
        purchase,
        dropout,
        CovariatePenalty.none(),
        true,
        FitOptions.defaults());
  }

  /** The same with an elastic-net penalty (lambda 0.001, mixing 0.5). */
  @Benchmark
  public CovariateFit paretoNbdThreeCovariatesElasticNet100k() {
    return CovariateModels.fit(
        ValueModelKind.PARETONBD,
        x,
        tx,
        age,
        purchase,
        dropout,
        CovariatePenalty.elasticNet(0.001, 0.5),
        true,
        FitOptions.defaults());
  }
}
