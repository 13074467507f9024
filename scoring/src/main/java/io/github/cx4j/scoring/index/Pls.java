/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.internal.Percentiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * PLS path modelling (Wold 1982; Lohmöller 1989; Tenenhaus et al. 2005), as R's plspm and seminr
 * compute it, with consistent PLS (Dijkstra and Henseler 2015), the bootstrap and the ACSI 0-100
 * index (Fornell et al. 1996).
 *
 * <p>The algorithm: indicators are standardised with the n-1 standard deviation; outer weights
 * start at 1 and are scaled so that each construct score has unit variance; each iteration forms
 * inner proxies with the chosen {@link InnerScheme} and updates the weights in mode A (covariances)
 * or mode B (regression); it stops when the largest change of a weight falls below {@link
 * PlsOptions#tolerance()}. Signs are then fixed so that each construct correlates positively with
 * the majority of its indicators, and the inner model is estimated by OLS on the scores. All of it
 * works on the indicators' correlation matrix, computed in one pass over the rows.
 */
public final class Pls {
  private static final double LEVEL = 0.95;
  private static final int MAX_ATTEMPTS = 100;

  private Pls() {}

  /**
   * Estimates a path model.
   *
   * @param model the model
   * @param data indicator name to column of answers (one entry per respondent, all columns of equal
   *     length; other columns are ignored); NaN and {@link PlsOptions#missingCode()} mark missing
   *     answers
   * @param options the options
   * @return the estimates
   * @throws CxValidationException if an indicator is absent from the data (naming all absent ones),
   *     an indicator is constant, a block or a set of predecessors is perfectly collinear (naming
   *     them), or too few respondents remain
   */
  public static PlsResult fit(PathModel model, Map<String, double[]> data, PlsOptions options) {
    model.requireColumns(data.keySet());
    Blocks blocks = new Blocks(model);
    Sample sample = Sample.of(blocks, data, options);
    double[] sd = new double[blocks.indicatorCount()];
    double[][] s = sample.correlation(null, sample.mean, sd);
    Engine.Estimates e = Engine.estimate(s, sd, blocks, options, sample.n);
    double[][] scores = scores(sample, sd, e.w);
    Map<String, IndexScore> index = new LinkedHashMap<>();
    double[] indexSd = new double[blocks.size()];
    index(sample, sd, s, e.w, options, index, indexSd);
    return new PlsResult(
        model, options, blocks, e, sample.n, scores, sample.rows, index, indexSd, sample.missing);
  }

  /**
   * Estimates a path model from respondents given one by one, as application code holds them: each
   * respondent maps item names to answers; an absent item or a null answer is missing. Converts to
   * columns and delegates to {@link #fit(PathModel, Map, PlsOptions)}.
   *
   * @param model the model
   * @param respondents one map of item name to answer per respondent
   * @param options the options
   * @return the estimates
   * @throws CxValidationException as {@link #fit(PathModel, Map, PlsOptions)}; an item that no
   *     respondent answered is reported as entirely missing
   */
  public static PlsResult fit(
      PathModel model,
      List<? extends Map<String, ? extends Number>> respondents,
      PlsOptions options) {
    return fit(model, columns(model, respondents), options);
  }

  /** Item columns of the model's indicators from respondents; absent or null answers are NaN. */
  static Map<String, double[]> columns(
      PathModel model, List<? extends Map<String, ? extends Number>> respondents) {
    Map<String, double[]> data = new LinkedHashMap<>();
    int n = respondents.size();
    for (String item : model.indicators()) {
      double[] column = new double[n];
      for (int i = 0; i < n; i++) {
        Number answer = respondents.get(i).get(item);
        column[i] = answer == null ? Double.NaN : answer.doubleValue();
      }
      data.put(item, column);
    }
    return data;
  }

  /**
   * Estimates a path model with the default options ({@link PlsOptions#defaults()}).
   *
   * @param model the model
   * @param data indicator name to column of answers
   * @return the estimates
   */
  public static PlsResult fit(PathModel model, Map<String, double[]> data) {
    return fit(model, data, PlsOptions.defaults());
  }

  /**
   * Bootstraps a path model: draws {@code resamples} samples of n respondents with replacement,
   * estimates each, and summarises weights, loadings, paths and total effects with standard errors,
   * t values and 95% percentile intervals. Resample {@code b} draws from its own generator seeded
   * with a mix of {@code seed} and {@code b}, so the result is the same whatever the number of
   * threads; resamples run in parallel on the common fork-join pool. A resample that cannot be
   * estimated (a constant item or a singular block in the draw, or no convergence) is recorded in
   * {@link BootstrapResult#failures()} and replaced by the next draw of its generator.
   *
   * @param model the model
   * @param data indicator name to column of answers
   * @param options the options
   * @param resamples the number of resamples, at least 2
   * @param seed the seed
   * @return the bootstrap summary
   * @throws CxValidationException for bad input as {@link #fit}, fewer than 2 resamples, or a
   *     resample that fails 100 times in a row
   */
  public static BootstrapResult bootstrap(
      PathModel model, Map<String, double[]> data, PlsOptions options, int resamples, long seed) {
    if (resamples < 2) {
      throw CxValidationException.of("Pls.resamples", "be at least 2", resamples);
    }
    PlsResult full = fit(model, data, options);
    Blocks blocks = new Blocks(model);
    Sample sample = Sample.of(blocks, data, options);
    boolean[][] reach = Reach.of(blocks);
    List<int[]> pairs = new ArrayList<>();
    for (int a = 0; a < blocks.size(); a++) {
      for (int c = 0; c < blocks.size(); c++) {
        if (reach[a][c]) {
          pairs.add(new int[] {a, c});
        }
      }
    }
    List<int[]> paths = new ArrayList<>();
    List<String> names = model.names();
    for (List<String> p : model.paths()) {
      paths.add(new int[] {names.indexOf(p.get(0)), names.indexOf(p.get(1))});
    }
    int p = blocks.indicatorCount();
    int width = 2 * p + paths.size() + pairs.size();
    double[][] stats = new double[resamples][];
    @SuppressWarnings("unchecked")
    List<BootstrapFailure>[] failed = new List[resamples];
    IntStream.range(0, resamples)
        .parallel()
        .forEach(
            b -> {
              SplittableRandom random = new SplittableRandom(mix(seed, b));
              List<BootstrapFailure> failures = new ArrayList<>();
              int n = sample.n;
              for (int attempt = 1; ; attempt++) {
                int[] draw = new int[n];
                for (int i = 0; i < n; i++) {
                  draw[i] = random.nextInt(n);
                }
                try {
                  double[] mean = Sample.means(sample.cols, draw, n);
                  double[] sd = new double[p];
                  double[][] s = sample.correlation(draw, mean, sd);
                  Engine.Estimates e = Engine.estimate(s, sd, blocks, options, n, false);
                  if (!e.converged) {
                    throw CxValidationException.of(
                        "Pls.bootstrap",
                        "converge within the iteration limit, iterations",
                        e.iterations);
                  }
                  double[] row = new double[width];
                  System.arraycopy(e.w, 0, row, 0, p);
                  System.arraycopy(e.loading, 0, row, p, p);
                  int at = 2 * p;
                  for (int[] path : paths) {
                    row[at++] = e.beta[path[0]][path[1]];
                  }
                  for (int[] pair : pairs) {
                    row[at++] = e.total[pair[0]][pair[1]];
                  }
                  stats[b] = row;
                  break;
                } catch (CxValidationException ex) {
                  failures.add(new BootstrapFailure(b, attempt, ex.getMessage()));
                  if (attempt >= MAX_ATTEMPTS) {
                    throw CxValidationException.of(
                        "Pls.bootstrap",
                        "find an estimable resample within " + MAX_ATTEMPTS + " draws, last error",
                        ex.getMessage());
                  }
                }
              }
              failed[b] = failures;
            });
    List<BootstrapFailure> failures = new ArrayList<>();
    for (List<BootstrapFailure> f : failed) {
      failures.addAll(f);
    }
    Engine.Estimates original = full.estimates();
    Map<String, BootstrapEstimate> weights = new LinkedHashMap<>();
    Map<String, BootstrapEstimate> loadings = new LinkedHashMap<>();
    for (int k = 0; k < p; k++) {
      weights.put(blocks.indicators[k], summarise(stats, k, original.w[k]));
      loadings.put(blocks.indicators[k], summarise(stats, p + k, original.loading[k]));
    }
    Map<String, BootstrapEstimate> pathEstimates = new LinkedHashMap<>();
    int at = 2 * p;
    for (int[] path : paths) {
      pathEstimates.put(
          BootstrapResult.key(blocks.constructs[path[0]], blocks.constructs[path[1]]),
          summarise(stats, at++, original.beta[path[0]][path[1]]));
    }
    Map<String, BootstrapEstimate> totals = new LinkedHashMap<>();
    for (int[] pair : pairs) {
      totals.put(
          BootstrapResult.key(blocks.constructs[pair[0]], blocks.constructs[pair[1]]),
          summarise(stats, at++, original.total[pair[0]][pair[1]]));
    }
    return new BootstrapResult(
        full, resamples, seed, LEVEL, weights, loadings, pathEstimates, totals, failures);
  }

  /** SplitMix64's finaliser over the seed and the resample number. */
  static long mix(long seed, int resample) {
    long z = seed + 0x9E3779B97F4A7C15L * (resample + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static BootstrapEstimate summarise(double[][] stats, int column, double original) {
    int b = stats.length;
    double[] values = new double[b];
    double sum = 0;
    for (int i = 0; i < b; i++) {
      values[i] = stats[i][column];
      sum += values[i];
    }
    double mean = sum / b;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double se = Math.sqrt(ss / (b - 1));
    Arrays.sort(values);
    OptionalDouble t = se > 1e-12 ? OptionalDouble.of(original / se) : OptionalDouble.empty();
    return new BootstrapEstimate(
        original,
        mean,
        se,
        t,
        new Interval(
            Percentiles.sorted(values, (1 - LEVEL) / 2),
            Percentiles.sorted(values, 1 - (1 - LEVEL) / 2)));
  }

  private static double[][] scores(Sample sample, double[] sd, double[] w) {
    Blocks b = sample.blocks;
    double[][] out = new double[b.size()][sample.n];
    IntStream constructs = IntStream.range(0, b.size());
    if (sample.n >= 100_000) {
      constructs = constructs.parallel();
    }
    constructs.forEach(c -> score(sample, sd, w, c, out[c]));
    return out;
  }

  private static void score(Sample sample, double[] sd, double[] w, int c, double[] y) {
    for (int k : sample.blocks.block[c]) {
      double f = w[k] / sd[k];
      double m = sample.mean[k];
      double[] x = sample.cols[k];
      for (int i = 0; i < sample.n; i++) {
        y[i] += f * (x[i] - m);
      }
    }
  }

  private static void index(
      Sample sample,
      double[] sd,
      double[][] s,
      double[] w,
      PlsOptions options,
      Map<String, IndexScore> out,
      double[] indexSd) {
    Blocks b = sample.blocks;
    for (int c = 0; c < b.size(); c++) {
      int[] idx = b.block[c];
      double lo;
      double hi;
      if (options.scale().isPresent()) {
        RatingScale scale = options.scale().get();
        lo = scale.min();
        hi = scale.max();
        for (int k : idx) {
          if (sample.min[k] < lo || sample.max[k] > hi) {
            throw CxValidationException.of(
                "Pls.data",
                "keep "
                    + b.indicators[k]
                    + " within the scale "
                    + scale
                    + ", found answers from "
                    + sample.min[k]
                    + " to",
                sample.max[k]);
          }
        }
      } else {
        lo = Double.POSITIVE_INFINITY;
        hi = Double.NEGATIVE_INFINITY;
        for (int k : idx) {
          lo = Math.min(lo, sample.min[k]);
          hi = Math.max(hi, sample.max[k]);
        }
      }
      double[] u = new double[idx.length];
      double sum = 0;
      for (int i = 0; i < idx.length; i++) {
        u[i] = w[idx[i]] / sd[idx[i]];
        sum += u[i];
      }
      double scaleOfWeights = 0;
      for (double v : u) {
        scaleOfWeights += Math.abs(v);
      }
      if (!(sum > 1e-9 * scaleOfWeights)) {
        // weights of mixed signs that cancel out: the ACSI formula has no meaning, no index
        continue;
      }
      Map<String, Double> itemWeights = new LinkedHashMap<>();
      double value = 0;
      for (int i = 0; i < idx.length; i++) {
        u[i] /= sum;
        itemWeights.put(b.indicators[idx[i]], u[i]);
        value += u[i] * (sample.mean[idx[i]] - lo) / (hi - lo);
      }
      double var = 0;
      for (int i = 0; i < idx.length; i++) {
        for (int m = 0; m < idx.length; m++) {
          var += u[i] * u[m] * s[idx[i]][idx[m]] * sd[idx[i]] * sd[idx[m]];
        }
      }
      indexSd[c] = 100.0 * Math.sqrt(var) / (hi - lo);
      out.put(b.constructs[c], new IndexScore(b.constructs[c], 100.0 * value, lo, hi, itemWeights));
    }
  }
}
