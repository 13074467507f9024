/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.scoring.index.BootstrapResult;
import io.github.cx4j.scoring.index.PathModel;
import io.github.cx4j.scoring.index.Pls;
import io.github.cx4j.scoring.index.PlsOptions;
import io.github.cx4j.scoring.index.PlsResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PLS path modelling of the ECSI model (issue 5): one estimation on 250 respondents (target <= 5
 * ms), 1,000 bootstrap resamples of it on 2 cores (target <= 2 s), and one estimation on 1,000,000
 * respondents (target <= 2 s). The survey is simulated from known paths (seed 5), 24 items with
 * loadings 0.8.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlsBench {
  private static final PathModel ECSI = PathModel.ecsi();

  private Map<String, double[]> small;
  private Map<String, double[]> large;

  /** Simulates the two surveys. */
  @Setup(Level.Trial)
  public void setUp() {
    small = simulate(250, 5);
    large = simulate(1_000_000, 6);
  }

  /**
   * One ECSI estimation on 250 respondents.
   *
   * @return the result
   */
  @Benchmark
  public PlsResult ecsi250() {
    return Pls.fit(ECSI, small);
  }

  /**
   * 1,000 bootstrap resamples of the ECSI model on 250 respondents.
   *
   * @return the result
   */
  @Benchmark
  public BootstrapResult bootstrap1000() {
    return Pls.bootstrap(ECSI, small, PlsOptions.defaults(), 1000, 42);
  }

  /**
   * One ECSI estimation on 1,000,000 respondents.
   *
   * @return the result
   */
  @Benchmark
  public PlsResult ecsiMillion() {
    return Pls.fit(ECSI, large);
  }

  /** Latent variables in topological order with standardised paths, items with loading 0.8. */
  static Map<String, double[]> simulate(int n, long seed) {
    List<String> names = ECSI.names();
    int j = names.size();
    double[][] b = new double[j][j];
    double[][] paths = {
      {0, 1, 0.5}, {0, 4, 0.2}, {0, 6, 0.2}, {1, 2, 0.55}, {1, 3, 0.05}, {1, 4, 0.05},
      {2, 3, 0.55}, {2, 4, 0.4}, {3, 4, 0.2}, {4, 5, 0.5}, {4, 6, 0.45}, {5, 6, 0.1}
    };
    for (double[] p : paths) {
      b[(int) p[0]][(int) p[1]] = p[2];
    }
    Random random = new Random(seed);
    Map<String, double[]> data = new LinkedHashMap<>();
    for (String item : ECSI.indicators()) {
      data.put(item, new double[n]);
    }
    double[] eta = new double[j];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < j; c++) {
        double v = 0.6 * random.nextGaussian();
        for (int a = 0; a < c; a++) {
          v += b[a][c] * eta[a];
        }
        eta[c] = v;
      }
      for (int c = 0; c < j; c++) {
        for (String item : ECSI.constructs().get(c).indicators()) {
          Objects.requireNonNull(data.get(item))[i] =
              Math.round(7 + 1.5 * (0.8 * eta[c] + 0.6 * random.nextGaussian()));
        }
      }
    }
    return data;
  }
}
