/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The PLS path modelling algorithm of Wold (1982) and Lohmöller (1989), as in R's plspm and seminr,
 * working on the correlation matrix of the standardised indicators: every quantity of the iteration
 * (scores' correlations, inner proxies' covariances with indicators) is a product of that matrix
 * and the outer weights, so that an iteration costs O(p^2) whatever the number of respondents.
 */
final class Engine {
  private Engine() {}

  /** Everything one estimation yields, in index form; {@link #estimate} sets every field. */
  @SuppressWarnings("NullAway.Init")
  static final class Estimates {
    double[] w;
    int iterations;
    boolean converged;
    double[][] lvCorrelation;
    double[][] crossLoadings;
    double[] loading;
    double[][] beta;
    double[] r2;
    double[] adjustedR2;
    double[][] total;
    double[] rhoA;
    double[] ave;
    double[] alpha;
    double[] rho;
    double gof;
    double srmr;
    double[][] htmt;
    double[][] vif;
  }

  /**
   * Estimates the model from the indicators' correlation matrix {@code s} and standard deviations
   * {@code sd} (used only when the options ask for unscaled iteration on the covariance matrix).
   */
  static Estimates estimate(double[][] s, double[] sd, Blocks b, PlsOptions options, int n) {
    return estimate(s, sd, b, options, n, true);
  }

  /** As above; without {@code withQuality} AVE, alpha, rho, GoF, HTMT and SRMR are skipped. */
  static Estimates estimate(
      double[][] s, double[] sd, Blocks b, PlsOptions options, int n, boolean withQuality) {
    int j = b.size();
    int p = b.indicatorCount();
    double[][] cov = s;
    if (!options.scaled()) {
      cov = new double[p][p];
      for (int k = 0; k < p; k++) {
        for (int l = 0; l < p; l++) {
          cov[k][l] = s[k][l] * sd[k] * sd[l];
        }
      }
    }
    double[] w = iterate(s, cov, b, options, j, p);
    Estimates e = new Estimates();
    e.iterations = (int) w[p];
    e.converged = w[p + 1] > 0;
    w = java.util.Arrays.copyOf(w, p);
    if (!options.scaled()) {
      for (int k = 0; k < p; k++) {
        w[k] *= sd[k];
      }
    }
    double[][] sw = new double[p][j];
    double[][] r = new double[j][j];
    // signs: each construct correlates positively with the majority of its indicators
    products(s, b, w, sw, r);
    for (int c = 0; c < j; c++) {
      int balance = 0;
      for (int k : b.block[c]) {
        balance += sw[k][c] > 0 ? 1 : sw[k][c] < 0 ? -1 : 0;
      }
      if (balance < 0) {
        for (int k : b.block[c]) {
          w[k] = -w[k];
        }
      }
    }
    products(s, b, w, sw, r);
    e.w = w;
    e.lvCorrelation = r;
    e.crossLoadings = sw;
    structural(s, b, options.consistent(), n, e);
    if (withQuality) {
      quality(s, b, e);
    }
    return e;
  }

  /**
   * The outer-weight iteration on {@code c} (correlation or covariance matrix); returns the weights
   * followed by the iteration count and 1 if converged, 0 if not.
   */
  private static double[] iterate(
      double[][] correlation, double[][] s, Blocks b, PlsOptions options, int j, int p) {
    double[][][] blockInverse = new double[j][][];
    for (int c = 0; c < j; c++) {
      int[] idx = b.block[c];
      if (idx.length > 1) {
        double[][] sjj = Linear.sub(correlation, idx, idx);
        double[][] chol = Linear.cholesky(sjj);
        if (chol == null) {
          List<String> names = new ArrayList<>();
          for (int i : Linear.dependent(sjj)) {
            names.add(b.indicators[idx[i]]);
          }
          throw CxValidationException.of(
              "Pls.data",
              "not have perfectly collinear indicators in construct " + b.constructs[c],
              names);
        }
        if (b.modes[c] == Mode.B) {
          double[][] inv = Linear.inverse(chol);
          for (int i = 0; i < idx.length; i++) {
            for (int m = 0; m < idx.length; m++) {
              inv[i][m] /= Math.sqrt(s[idx[i]][idx[i]] * s[idx[m]][idx[m]]);
            }
          }
          blockInverse[c] = inv;
        }
      }
    }
    double[] w = new double[p + 2];
    for (int c = 0; c < j; c++) {
      for (int k : b.block[c]) {
        w[k] = 1.0;
      }
      normalise(s, b, c, w);
    }
    double[][] sw = new double[p][j];
    double[][] r = new double[j][j];
    double[][] inner = new double[j][j];
    double[] next = new double[p];
    int iterations = 0;
    boolean converged = false;
    while (iterations < options.maxIterations()) {
      iterations++;
      products(s, b, w, sw, r);
      innerWeights(b, options.scheme(), r, inner);
      for (int c = 0; c < j; c++) {
        int[] idx = b.block[c];
        double[] cov = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
          double v = 0;
          for (int o = 0; o < j; o++) {
            if (inner[c][o] != 0) {
              v += inner[c][o] * sw[idx[i]][o];
            }
          }
          cov[i] = v;
        }
        if (b.modes[c] == Mode.B && idx.length > 1) {
          double[][] inv = blockInverse[c];
          for (int i = 0; i < idx.length; i++) {
            double v = 0;
            for (int m = 0; m < idx.length; m++) {
              v += inv[i][m] * cov[m];
            }
            next[idx[i]] = v;
          }
        } else {
          for (int i = 0; i < idx.length; i++) {
            next[idx[i]] = cov[i];
          }
        }
        normalise(s, b, c, next);
      }
      double change = 0;
      for (int k = 0; k < p; k++) {
        change = Math.max(change, Math.abs(next[k] - w[k]));
      }
      System.arraycopy(next, 0, w, 0, p);
      if (change < options.tolerance()) {
        converged = true;
        break;
      }
    }
    w[p] = iterations;
    w[p + 1] = converged ? 1 : 0;
    return w;
  }

  /** Scales block c of w so that its composite has unit variance. */
  private static void normalise(double[][] s, Blocks b, int c, double[] w) {
    int[] idx = b.block[c];
    double var = 0;
    for (int k : idx) {
      double row = 0;
      for (int l : idx) {
        row += s[k][l] * w[l];
      }
      var += w[k] * row;
    }
    if (!(var > 1e-300)) {
      throw CxValidationException.of(
          "Pls.data",
          "let construct "
              + b.constructs[c]
              + " correlate with its neighbours, inner proxy variance",
          var);
    }
    double scale = 1.0 / Math.sqrt(var);
    for (int k : idx) {
      w[k] *= scale;
    }
  }

  /** sw = S W (indicator-construct correlations) and r = W' S W (construct correlations). */
  private static void products(double[][] s, Blocks b, double[] w, double[][] sw, double[][] r) {
    int j = b.size();
    int p = b.indicatorCount();
    for (int k = 0; k < p; k++) {
      double[] row = s[k];
      for (int c = 0; c < j; c++) {
        double v = 0;
        for (int l : b.block[c]) {
          v += row[l] * w[l];
        }
        sw[k][c] = v;
      }
    }
    for (int c = 0; c < j; c++) {
      for (int o = 0; o < j; o++) {
        double v = 0;
        for (int k : b.block[c]) {
          v += w[k] * sw[k][o];
        }
        r[c][o] = v;
      }
    }
  }

  private static void innerWeights(Blocks b, InnerScheme scheme, double[][] r, double[][] inner) {
    int j = b.size();
    for (int c = 0; c < j; c++) {
      java.util.Arrays.fill(inner[c], 0.0);
      switch (scheme) {
        case CENTROID:
          for (int o = 0; o < j; o++) {
            if (b.adjacent[c][o]) {
              inner[c][o] = Math.signum(r[c][o]);
            }
          }
          break;
        case FACTORIAL:
          for (int o = 0; o < j; o++) {
            if (b.adjacent[c][o]) {
              inner[c][o] = r[c][o];
            }
          }
          break;
        case PATH:
          int[] pred = b.predecessors[c];
          if (pred.length > 0) {
            double[] coef = regress(r, pred, c, b);
            for (int i = 0; i < pred.length; i++) {
              inner[c][pred[i]] = coef[i];
            }
          }
          for (int o : b.successors[c]) {
            inner[c][o] = r[c][o];
          }
          break;
      }
    }
  }

  /** OLS coefficients of construct c on its predecessors, from the correlation matrix r. */
  static double[] regress(double[][] r, int[] pred, int c, Blocks b) {
    double[][] rpp = Linear.sub(r, pred, pred);
    double[][] chol = Linear.cholesky(rpp);
    if (chol == null) {
      List<String> names = new ArrayList<>();
      for (int i : Linear.dependent(rpp)) {
        names.add(b.constructs[pred[i]]);
      }
      throw CxValidationException.of(
          "Pls.data",
          "not make the predecessors of " + b.constructs[c] + " perfectly collinear",
          names);
    }
    double[] rpc = new double[pred.length];
    for (int i = 0; i < pred.length; i++) {
      rpc[i] = r[pred[i]][c];
    }
    return Linear.solve(chol, rpc);
  }

  /** Paths, R^2, effects and (for PLSc) the corrected construct correlations and loadings. */
  private static void structural(double[][] s, Blocks b, boolean consistent, int n, Estimates e) {
    int j = b.size();
    int p = b.indicatorCount();
    double[] rhoA = new double[j];
    double[] loading = new double[p];
    for (int c = 0; c < j; c++) {
      int[] idx = b.block[c];
      rhoA[c] = 1.0;
      for (int k : idx) {
        loading[k] = e.crossLoadings[k][c];
      }
      if (b.modes[c] == Mode.A && idx.length > 1) {
        double ww = 0;
        double w4 = 0;
        for (int k : idx) {
          ww += e.w[k] * e.w[k];
          w4 += e.w[k] * e.w[k] * e.w[k] * e.w[k];
        }
        // Dijkstra and Henseler (2015), eq. (13): c^2 = w'(S - diag S)w / w'(ww' - diag ww')w
        double numerator = 1.0 - ww;
        double denominator = ww * ww - w4;
        if (!(denominator > 1e-12)) {
          // one item carries the whole weight: the block behaves as a single item
          continue;
        }
        double c2 = numerator / denominator;
        rhoA[c] = ww * ww * c2;
        if (consistent && !(c2 > 0)) {
          throw CxValidationException.of(
              "Pls.consistent",
              "find a positive reliability rho_A for construct " + b.constructs[c],
              rhoA[c]);
        }
        if (consistent) {
          double factor = Math.sqrt(c2);
          for (int k : idx) {
            loading[k] = factor * e.w[k];
          }
        }
      }
    }
    double[][] rc = e.lvCorrelation;
    if (consistent) {
      rc = new double[j][j];
      for (int a = 0; a < j; a++) {
        for (int c = 0; c < j; c++) {
          rc[a][c] = a == c ? 1.0 : e.lvCorrelation[a][c] / Math.sqrt(rhoA[a] * rhoA[c]);
        }
      }
      for (int a = 0; a < j; a++) {
        for (int c = a + 1; c < j; c++) {
          if (Math.abs(rc[a][c]) >= 1.0) {
            throw CxValidationException.of(
                "Pls.consistent",
                "give construct correlations below 1 in absolute value, but "
                    + b.constructs[a]
                    + " and "
                    + b.constructs[c]
                    + " have",
                rc[a][c]);
          }
        }
      }
    }
    double[][] beta = new double[j][j];
    double[] r2 = new double[j];
    double[] adj = new double[j];
    double[][] vif = new double[j][j];
    for (int c = 0; c < j; c++) {
      int[] pred = b.predecessors[c];
      if (pred.length == 0) {
        continue;
      }
      double[] coef = regress(rc, pred, c, b);
      double fit = 0;
      for (int i = 0; i < pred.length; i++) {
        beta[pred[i]][c] = coef[i];
        fit += coef[i] * rc[pred[i]][c];
      }
      r2[c] = fit;
      adj[c] = 1.0 - (1.0 - fit) * (n - 1) / (n - pred.length - 1.0);
      double[][] inv =
          Linear.inverse(
              Objects.requireNonNull(
                  Linear.cholesky(Linear.sub(rc, pred, pred)),
                  "the predictors' correlation matrix is singular"));
      for (int i = 0; i < pred.length; i++) {
        vif[pred[i]][c] = inv[i][i];
      }
    }
    double[][] total = new double[j][j];
    double[][] power = new double[j][j];
    for (int a = 0; a < j; a++) {
      power[a] = beta[a].clone();
      total[a] = beta[a].clone();
    }
    for (int step = 1; step < j; step++) {
      double[][] nextPower = new double[j][j];
      for (int a = 0; a < j; a++) {
        for (int m = 0; m < j; m++) {
          if (power[a][m] != 0) {
            for (int c = 0; c < j; c++) {
              nextPower[a][c] += power[a][m] * beta[m][c];
            }
          }
        }
      }
      power = nextPower;
      for (int a = 0; a < j; a++) {
        for (int c = 0; c < j; c++) {
          total[a][c] += power[a][c];
        }
      }
    }
    e.rhoA = rhoA;
    e.loading = loading;
    e.beta = beta;
    e.r2 = r2;
    e.adjustedR2 = adj;
    e.vif = vif;
    e.total = total;
    if (consistent) {
      e.lvCorrelation = rc;
    }
  }

  /** AVE, alpha, rho, GoF, HTMT and SRMR. */
  private static void quality(double[][] s, Blocks b, Estimates e) {
    int j = b.size();
    int p = b.indicatorCount();
    e.ave = new double[j];
    e.alpha = new double[j];
    e.rho = new double[j];
    double communalitySum = 0;
    int communalityCount = 0;
    double allCommunality = 0;
    for (int c = 0; c < j; c++) {
      int[] idx = b.block[c];
      double sumSq = 0;
      double sum = 0;
      double error = 0;
      for (int k : idx) {
        double l = e.loading[k];
        sumSq += l * l;
        sum += l;
        error += 1 - l * l;
      }
      e.ave[c] = sumSq / idx.length;
      allCommunality += sumSq;
      if (idx.length > 1) {
        communalitySum += sumSq;
        communalityCount += idx.length;
        double total = 0;
        for (int k : idx) {
          for (int l : idx) {
            total += Math.signum(e.loading[k]) * Math.signum(e.loading[l]) * s[k][l];
          }
        }
        int m = idx.length;
        e.alpha[c] = m / (m - 1.0) * (1.0 - m / total);
        // a consistent loading above 1 (a Heywood case) would make the error variance negative
        e.rho[c] = sum * sum / (sum * sum + Math.max(0.0, error));
        if (!Double.isFinite(e.rho[c])) {
          e.rho[c] = 0.0;
        }
      } else {
        e.alpha[c] = 1.0;
        e.rho[c] = 1.0;
      }
    }
    double meanCommunality =
        communalityCount > 0 ? communalitySum / communalityCount : allCommunality / p;
    double r2Sum = 0;
    int endogenous = 0;
    for (int c = 0; c < j; c++) {
      if (b.predecessors[c].length > 0) {
        r2Sum += e.r2[c];
        endogenous++;
      }
    }
    e.gof = Math.sqrt(Math.max(0.0, meanCommunality * r2Sum / endogenous));
    e.htmt = new double[j][j];
    for (int a = 0; a < j; a++) {
      for (int c = a + 1; c < j; c++) {
        double monoA = mono(s, b.block[a]);
        double monoC = mono(s, b.block[c]);
        if (b.block[a].length < 2 || b.block[c].length < 2 || monoA <= 0 || monoC <= 0) {
          e.htmt[a][c] = Double.NaN;
          e.htmt[c][a] = Double.NaN;
          continue;
        }
        double hetero = 0;
        for (int k : b.block[a]) {
          for (int l : b.block[c]) {
            hetero += Math.abs(s[k][l]);
          }
        }
        hetero /= b.block[a].length * b.block[c].length;
        double v = hetero / Math.sqrt(monoA * monoC);
        e.htmt[a][c] = v;
        e.htmt[c][a] = v;
      }
    }
    double squares = 0;
    for (int k = 0; k < p; k++) {
      for (int l = k + 1; l < p; l++) {
        int ck = b.owner[k];
        int cl = b.owner[l];
        double implied;
        if (ck == cl) {
          implied = b.modes[ck] == Mode.B ? s[k][l] : e.loading[k] * e.loading[l];
        } else {
          implied = e.loading[k] * e.lvCorrelation[ck][cl] * e.loading[l];
        }
        double d = s[k][l] - implied;
        squares += d * d;
      }
    }
    e.srmr = Math.sqrt(squares / (p * (p + 1) / 2.0));
  }

  private static double mono(double[][] s, int[] idx) {
    if (idx.length < 2) {
      return 0;
    }
    double sum = 0;
    int count = 0;
    for (int i = 0; i < idx.length; i++) {
      for (int m = i + 1; m < idx.length; m++) {
        sum += Math.abs(s[idx[i]][idx[m]]);
        count++;
      }
    }
    return sum / count;
  }
}
