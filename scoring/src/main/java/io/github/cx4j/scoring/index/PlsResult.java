/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one PLS path-model estimation ({@link Pls#fit}): outer weights and loadings, inner
 * paths with R^2 and effects, quality criteria, the 0-100 indices, latent scores, the number of
 * iterations and whether the algorithm converged, and what was done with missing answers. Weights,
 * loadings and paths are standardised (indicators and scores with unit variance, n-1 denominators).
 */
public final class PlsResult {
  private final PathModel model;
  private final PlsOptions options;
  private final Blocks blocks;
  private final Engine.Estimates e;
  private final int n;
  private final double[][] scores;
  private final int[] rows;
  private final Map<String, IndexScore> index;
  private final double[] indexSd;
  private final MissingReport missing;

  PlsResult(
      PathModel model,
      PlsOptions options,
      Blocks blocks,
      Engine.Estimates e,
      int n,
      double[][] scores,
      int[] rows,
      Map<String, IndexScore> index,
      double[] indexSd,
      MissingReport missing) {
    this.model = model;
    this.options = options;
    this.blocks = blocks;
    this.e = e;
    this.n = n;
    this.scores = scores;
    this.rows = rows;
    this.index = Collections.unmodifiableMap(index);
    this.indexSd = indexSd;
    this.missing = missing;
  }

  /**
   * The estimated model.
   *
   * @return the model
   */
  public PathModel model() {
    return model;
  }

  /**
   * The options used.
   *
   * @return the options
   */
  public PlsOptions options() {
    return options;
  }

  /**
   * The number of respondents used.
   *
   * @return n after the missing-value policy
   */
  public int n() {
    return n;
  }

  /**
   * The number of iterations of the outer-weight loop.
   *
   * @return at least 1
   */
  public int iterations() {
    return e.iterations;
  }

  /**
   * Whether the largest change of an outer weight fell below the tolerance within the iteration
   * limit. When false, every estimate comes from the last iteration's weights.
   *
   * @return true if converged
   */
  public boolean converged() {
    return e.converged;
  }

  /**
   * Outer weights: the standardised indicator's coefficient in its construct's score (which has
   * unit variance).
   *
   * @return indicator to weight, in model order
   */
  public Map<String, Double> weights() {
    return byIndicator(e.w);
  }

  /**
   * Outer loadings: the correlation of each indicator with its construct's score; under consistent
   * PLS, the consistent loadings of mode-A blocks.
   *
   * @return indicator to loading, in model order
   */
  public Map<String, Double> loadings() {
    return byIndicator(e.loading);
  }

  /**
   * Communalities: the squared loadings.
   *
   * @return indicator to communality
   */
  public Map<String, Double> communalities() {
    double[] c = new double[e.loading.length];
    for (int k = 0; k < c.length; k++) {
      c[k] = e.loading[k] * e.loading[k];
    }
    return byIndicator(c);
  }

  /**
   * Cross-loadings: the correlation of every indicator with every construct's score.
   *
   * @return indicator to (construct to correlation)
   */
  public Map<String, Map<String, Double>> crossLoadings() {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (int k = 0; k < blocks.indicatorCount(); k++) {
      Map<String, Double> row = new LinkedHashMap<>();
      for (int c = 0; c < blocks.size(); c++) {
        row.put(blocks.constructs[c], e.crossLoadings[k][c]);
      }
      out.put(blocks.indicators[k], Collections.unmodifiableMap(row));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The correlations of the construct scores (under consistent PLS, disattenuated by rho_A).
   *
   * @return construct to (construct to correlation)
   */
  public Map<String, Map<String, Double>> constructCorrelations() {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (int a = 0; a < blocks.size(); a++) {
      Map<String, Double> row = new LinkedHashMap<>();
      for (int c = 0; c < blocks.size(); c++) {
        row.put(blocks.constructs[c], e.lvCorrelation[a][c]);
      }
      out.put(blocks.constructs[a], Collections.unmodifiableMap(row));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The inner path coefficients, in the model's path order.
   *
   * @return the paths
   */
  public List<PathEstimate> paths() {
    List<PathEstimate> out = new ArrayList<>();
    for (List<String> p : model.paths()) {
      out.add(new PathEstimate(p.get(0), p.get(1), path(p.get(0), p.get(1))));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * One path coefficient.
   *
   * @param from the predecessor
   * @param to the successor
   * @return the coefficient, 0 if the model has no such path
   * @throws CxValidationException if a name is not a construct of the model
   */
  public double path(String from, String to) {
    return e.beta[position(from)][position(to)];
  }

  /**
   * The total effect of one construct on another.
   *
   * @param from the cause
   * @param to the effect
   * @return the total standardised effect, 0 if no chain of paths leads from one to the other
   * @throws CxValidationException if a name is not a construct of the model
   */
  public double totalEffect(String from, String to) {
    return e.total[position(from)][position(to)];
  }

  /**
   * R^2 of each endogenous construct.
   *
   * @return construct to R^2, endogenous constructs only, in model order
   */
  public Map<String, Double> rSquared() {
    return byEndogenous(e.r2);
  }

  /**
   * Adjusted R^2, {@code 1 - (1 - R^2)(n - 1)/(n - k - 1)} with k predecessors.
   *
   * @return construct to adjusted R^2, endogenous constructs only
   */
  public Map<String, Double> adjustedRSquared() {
    return byEndogenous(e.adjustedR2);
  }

  /**
   * Direct, indirect and total effects for every ordered pair joined by at least one chain of
   * paths.
   *
   * @return the effects, by cause then effect in model order
   */
  public List<Effect> effects() {
    List<Effect> out = new ArrayList<>();
    for (int a = 0; a < blocks.size(); a++) {
      for (int c = 0; c < blocks.size(); c++) {
        if (Reach.of(blocks)[a][c]) {
          out.add(
              new Effect(
                  blocks.constructs[a],
                  blocks.constructs[c],
                  e.beta[a][c],
                  e.total[a][c] - e.beta[a][c],
                  e.total[a][c]));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Quality criteria of each construct.
   *
   * @return construct to AVE, alpha, rho and rho_A, in model order
   */
  public Map<String, ConstructQuality> quality() {
    Map<String, ConstructQuality> out = new LinkedHashMap<>();
    for (int c = 0; c < blocks.size(); c++) {
      out.put(
          blocks.constructs[c], new ConstructQuality(e.ave[c], e.alpha[c], e.rho[c], e.rhoA[c]));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The goodness of fit of Tenenhaus et al. (2005) as computed by plspm: the square root of the
   * mean communality (over the indicators of blocks with two or more items) times the mean R^2 of
   * the endogenous constructs.
   *
   * @return GoF, 0-1
   */
  public double gof() {
    return e.gof;
  }

  /**
   * The standardised root mean square residual of the estimated model (Henseler et al. 2014): the
   * root mean square over the p(p+1)/2 distinct entries of the indicator correlation matrix of the
   * difference between observed and model-implied correlations, where mode-A blocks imply {@code
   * l_k l_l} within the block, mode-B blocks reproduce their correlations, and indicators of
   * different constructs imply {@code l_k r_ab l_l}.
   *
   * @return SRMR, at least 0
   */
  public double srmr() {
    return e.srmr;
  }

  /**
   * HTMT for every pair of constructs with two or more items each.
   *
   * @return the ratios, pairs in model order
   */
  public List<Htmt> htmt() {
    List<Htmt> out = new ArrayList<>();
    for (int a = 0; a < blocks.size(); a++) {
      for (int c = a + 1; c < blocks.size(); c++) {
        if (!Double.isNaN(e.htmt[a][c])) {
          out.add(new Htmt(blocks.constructs[a], blocks.constructs[c], e.htmt[a][c]));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Variance inflation factors of the inner model: for each endogenous construct, the VIF of each
   * predecessor in its regression, {@code 1 / (1 - R^2)} of that predecessor on the others.
   *
   * @return endogenous construct to (predecessor to VIF)
   */
  public Map<String, Map<String, Double>> innerVif() {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (int c = 0; c < blocks.size(); c++) {
      if (blocks.predecessors[c].length == 0) {
        continue;
      }
      Map<String, Double> row = new LinkedHashMap<>();
      for (int a : blocks.predecessors[c]) {
        row.put(blocks.constructs[a], e.vif[a][c]);
      }
      out.put(blocks.constructs[c], Collections.unmodifiableMap(row));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Each construct on the ACSI 0-100 scale. A construct whose unstandardised weights do not sum to
   * a positive number (weights of mixed signs that cancel out) has no index and is left out.
   *
   * @return construct to index, in model order
   */
  public Map<String, IndexScore> index() {
    return index;
  }

  /**
   * The importance-performance map of a target construct (Ringle and Sarstedt 2016): every
   * construct with a chain of paths to the target, its unstandardised total effect on the 0-100
   * scale and its 0-100 index.
   *
   * @param target the target construct, for example {@code "SAT"} or {@code "LOY"}
   * @return the drivers in model order; empty for an exogenous target or one without an index, and
   *     without the drivers that have no index
   * @throws CxValidationException if the target is not a construct of the model
   */
  public List<IpmaPoint> ipma(String target) {
    int t = position(target);
    List<IpmaPoint> out = new ArrayList<>();
    boolean[][] reach = Reach.of(blocks);
    for (int a = 0; a < blocks.size(); a++) {
      if (reach[a][t]
          && index.containsKey(blocks.constructs[a])
          && index.containsKey(blocks.constructs[t])
          && indexSd[a] > 0) {
        double total = e.total[a][t];
        out.add(
            new IpmaPoint(
                blocks.constructs[a],
                total * indexSd[t] / indexSd[a],
                total,
                index.get(blocks.constructs[a]).value()));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The latent variable scores of a construct: standardised (mean 0, variance 1 with n-1) linear
   * combinations of the standardised indicators with the outer weights, one per respondent used.
   *
   * @param construct a construct name
   * @return a fresh array of n scores, aligned with {@link #rows()}
   * @throws CxValidationException if the name is not a construct of the model
   */
  public double[] scores(String construct) {
    return scores[position(construct)].clone();
  }

  /**
   * The 0-based positions in the input data of the respondents used, aligned with {@link
   * #scores(String)}.
   *
   * @return a fresh array of n row numbers
   */
  public int[] rows() {
    return rows.clone();
  }

  /**
   * What was done with missing answers.
   *
   * @return the report
   */
  public MissingReport missing() {
    return missing;
  }

  int position(String construct) {
    for (int c = 0; c < blocks.size(); c++) {
      if (blocks.constructs[c].equals(construct)) {
        return c;
      }
    }
    throw CxValidationException.of("PlsResult.construct", "be one of " + model.names(), construct);
  }

  Engine.Estimates estimates() {
    return e;
  }

  private Map<String, Double> byIndicator(double[] values) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int k = 0; k < values.length; k++) {
      out.put(blocks.indicators[k], values[k]);
    }
    return Collections.unmodifiableMap(out);
  }

  private Map<String, Double> byEndogenous(double[] values) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int c = 0; c < blocks.size(); c++) {
      if (blocks.predecessors[c].length > 0) {
        out.put(blocks.constructs[c], values[c]);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
