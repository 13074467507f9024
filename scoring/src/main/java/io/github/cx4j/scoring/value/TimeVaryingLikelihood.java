/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.hipparchus.special.Gamma;

/**
 * The negative log-likelihood of the Pareto/NBD with time-varying covariates (Bachmann, Meierer and
 * Näf 2021, "The role of time-varying contextual factors in latent attrition models for customer
 * base analysis", Marketing Science 40(4)), with its analytic gradient, and the predictions that
 * follow from the same pieces.
 *
 * <p>While alive, customer i purchases at rate {@code lambda_i exp(gamma_p' z_i(t))} and drops out
 * at rate {@code mu_i exp(gamma_d' w_i(t))}, with {@code lambda_i ~ Gamma(r, alpha)}, {@code mu_i ~
 * Gamma(s, beta)} and the covariates piecewise constant. With the cumulated multipliers {@code A(t)
 * = int_0^t exp(gamma_p' z(u)) du} and {@code C(t)} likewise, integrating lambda and mu out gives
 *
 * <pre>
 * L = G(r+x)/G(r) alpha^r beta^s exp(gamma_p' sum_j z(t_j))
 *     * [ (alpha + A(T))^-(r+x) (beta + C(T))^-s
 *       + int_{t_x}^T s c(tau) (alpha + A(tau))^-(r+x) (beta + C(tau))^-(s+1) dtau ]
 * </pre>
 *
 * with {@code t_j} the repeat purchase times and {@code c(tau) = exp(gamma_d' w(tau))}. On a piece
 * where the multipliers are constants {@code a} and {@code c}, {@code alpha + A(tau) = a (u + P)}
 * and {@code beta + C(tau) = c (u + Q)} in the local time {@code u}, so the piece's integral is
 * {@code a^-(r+x) c^-s} times the Fader and Hardie (2005) dropout term with scales {@code (P, Q)}
 * ({@link ParetoLikelihood#logDropout}); the pieces are summed in log space. With constant
 * covariates there is one piece and the likelihood is that of the static covariates; with zero
 * effects it is the Pareto/NBD's.
 *
 * <p>Parameters {@code theta = (ln r, ln alpha, ln s, ln beta, gamma_p, gamma_d)}.
 */
final class TimeVaryingLikelihood implements Bfgs.Objective {
  private static final int PARALLEL_THRESHOLD = 2_000;
  private static final int CHUNKS = 32;

  private final int[] x;
  private final double[] tx;
  private final double[] age;
  private final Pieces pieces;

  /** Standardised purchase covariates per customer, interval-major ({@code k * kp + j}). */
  private final double[][] zp;

  private final int kp;
  private final double[][] zd;
  private final int kd;

  /** Per customer, the sum of the purchase covariates at the repeat purchases ({@code i * kp}). */
  private final double[] sums;

  TimeVaryingLikelihood(
      int[] x,
      double[] tx,
      double[] age,
      Pieces pieces,
      double[][] zp,
      int kp,
      double[][] zd,
      int kd,
      double[] sums) {
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.pieces = pieces;
    this.zp = zp;
    this.kp = kp;
    this.zd = zd;
    this.kd = kd;
    this.sums = sums;
  }

  int size() {
    return 4 + kp + kd;
  }

  @Override
  public double value(double[] theta, double[] grad) {
    for (double t : theta) {
      if (!Double.isFinite(t) || Math.abs(t) > 700) {
        return Double.NaN;
      }
    }
    int k = size();
    int n = x.length;
    double[] total = new double[k + 1];
    if (n < PARALLEL_THRESHOLD) {
      accumulate(theta, 0, n, total);
    } else {
      double[][] parts = new double[CHUNKS][k + 1];
      int chunk = (n + CHUNKS - 1) / CHUNKS;
      IntStream.range(0, CHUNKS)
          .parallel()
          .forEach(c -> accumulate(theta, c * chunk, Math.min(n, (c + 1) * chunk), parts[c]));
      for (double[] part : parts) {
        for (int j = 0; j <= k; j++) {
          total[j] += part[j];
        }
      }
    }
    if (!Double.isFinite(total[0])) {
      return Double.NaN;
    }
    for (int j = 0; j < k; j++) {
      grad[j] = -total[j + 1];
    }
    return -total[0];
  }

  private void accumulate(double[] theta, int from, int to, double[] out) {
    int k = size();
    double[] g = new double[k];
    double[] state = new double[3];
    Work work = new Work(k);
    for (int i = from; i < to; i++) {
      double v = customer(theta, i, g, state, work);
      out[0] += v;
      for (int j = 0; j < k; j++) {
        out[j + 1] += g[j];
      }
    }
  }

  /** Scratch arrays of one thread. */
  static final class Work {
    final double[] dA;
    final double[] dC;
    final double[] gl;
    final double[] gsum;
    final double[] g2 = new double[4];

    Work(int k) {
      dA = new double[k];
      dC = new double[k];
      gl = new double[k];
      gsum = new double[k];
    }
  }

  /**
   * Customer i's log-likelihood and its gradient in theta; {@code state} receives log P(alive at
   * T), {@code A(T)} and {@code C(T)}. NaN if the dropout term could not be computed.
   */
  double customer(double[] theta, int i, double[] grad, double[] state, Work w) {
    int k = size();
    double r = Math.exp(theta[0]);
    double alpha = Math.exp(theta[1]);
    double s = Math.exp(theta[2]);
    double beta = Math.exp(theta[3]);
    int xi = x[i];
    double rx = r + xi;
    double ti = tx[i];
    double big = age[i];
    double cumA = 0;
    double cumC = 0;
    double[] dA = w.dA;
    double[] dC = w.dC;
    Arrays.fill(dA, 0, kp, 0.0);
    Arrays.fill(dC, 0, kd, 0.0);
    // running log-sum-exp of the dropout pieces and the weighted sum of their gradients
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    double[] gsum = w.gsum;
    Arrays.fill(gsum, 0.0);
    double[] gl = w.gl;
    double[] g2 = w.g2;
    double[] zrow = zp[i];
    double[] wrow = zd[i];
    for (int p = pieces.start[i]; p < pieces.start[i + 1]; p++) {
      double lo = pieces.lo[p];
      double hi = pieces.hi[p];
      if (lo >= big) {
        break;
      }
      int rp = pieces.rowP[p] * kp;
      int rd = pieces.rowD[p] * kd;
      double etaP = 0;
      for (int j = 0; j < kp; j++) {
        etaP += theta[4 + j] * zrow[rp + j];
      }
      double etaD = 0;
      for (int j = 0; j < kd; j++) {
        etaD += theta[4 + kp + j] * wrow[rd + j];
      }
      double a = Math.exp(etaP);
      double c = Math.exp(etaD);
      double h = hi - lo;
      if (lo >= ti) {
        double pp = (alpha + cumA) / a;
        double qq = (beta + cumC) / c;
        double l2 = ParetoLikelihood.logDropout(r, pp, s, qq, xi, 0.0, h, g2);
        if (Double.isNaN(l2)) {
          return Double.NaN;
        }
        if (l2 > Double.NEGATIVE_INFINITY) {
          l2 += -rx * etaP - s * etaD;
          gl[0] = g2[0] - etaP;
          gl[1] = g2[1] / a;
          gl[2] = g2[2] - etaD;
          gl[3] = g2[3] / c;
          for (int j = 0; j < kp; j++) {
            double z = zrow[rp + j];
            gl[4 + j] = -rx * z + g2[1] * (dA[j] / a - pp * z);
          }
          for (int j = 0; j < kd; j++) {
            double z = wrow[rd + j];
            gl[4 + kp + j] = -s * z + g2[3] * (dC[j] / c - qq * z);
          }
          if (l2 > max) {
            double scale = Math.exp(max - l2);
            sum *= scale;
            for (int j = 0; j < k; j++) {
              gsum[j] *= scale;
            }
            max = l2;
          }
          double e = Math.exp(l2 - max);
          sum += e;
          for (int j = 0; j < k; j++) {
            gsum[j] += e * gl[j];
          }
        }
      }
      double ah = a * h;
      double ch = c * h;
      cumA += ah;
      cumC += ch;
      for (int j = 0; j < kp; j++) {
        dA[j] += ah * zrow[rp + j];
      }
      for (int j = 0; j < kd; j++) {
        dC[j] += ch * wrow[rd + j];
      }
    }
    double lAT = Math.log(alpha + cumA);
    double lBT = Math.log(beta + cumC);
    double l1 = -rx * lAT - s * lBT;
    // combine l1 with the pieces
    double lse;
    double w1;
    if (sum > 0) {
      double m = Math.max(l1, max);
      double e1 = Math.exp(l1 - m);
      double e2 = sum * Math.exp(max - m);
      lse = m + Math.log(e1 + e2);
      w1 = e1 / (e1 + e2);
      double f = Math.exp(max - m) / (e1 + e2);
      for (int j = 0; j < k; j++) {
        grad[j] = gsum[j] * f;
      }
    } else {
      lse = l1;
      w1 = 1;
      Arrays.fill(grad, 0, k, 0.0);
    }
    grad[0] += w1 * -lAT;
    grad[1] += w1 * -rx / (alpha + cumA);
    grad[2] += w1 * -lBT;
    grad[3] += w1 * -s / (beta + cumC);
    for (int j = 0; j < kp; j++) {
      grad[4 + j] += w1 * -rx * dA[j] / (alpha + cumA) + sums[i * kp + j];
    }
    for (int j = 0; j < kd; j++) {
      grad[4 + kp + j] += w1 * -s * dC[j] / (beta + cumC);
    }
    double purchaseTerm = 0;
    for (int j = 0; j < kp; j++) {
      purchaseTerm += theta[4 + j] * sums[i * kp + j];
    }
    double value =
        Gamma.logGamma(rx) - Gamma.logGamma(r) + r * theta[1] + s * theta[3] + purchaseTerm + lse;
    grad[0] += SpecialFunctions.digamma(rx) - SpecialFunctions.digamma(r) + theta[1];
    grad[1] += r / alpha;
    grad[2] += theta[3];
    grad[3] += s / beta;
    grad[0] *= r;
    grad[1] *= alpha;
    grad[2] *= s;
    grad[3] *= beta;
    state[0] = l1 - lse;
    state[1] = cumA;
    state[2] = cumC;
    return value;
  }

  /**
   * Per customer: P(alive at T), P(alive at T + t) and E[purchases in (T, T + t]], from the pieces
   * after T (the pieces must reach T + t).
   */
  double[][] predict(double[] theta, double t) {
    int n = x.length;
    double[][] out = new double[3][n];
    double r = Math.exp(theta[0]);
    double alpha = Math.exp(theta[1]);
    double s = Math.exp(theta[2]);
    double beta = Math.exp(theta[3]);
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              double[] g = new double[size()];
              double[] state = new double[3];
              double ll = customer(theta, i, g, state, new Work(size()));
              if (Double.isNaN(ll)) {
                throw CxValidationException.of(
                    "TimeVaryingParetoNbd.recency",
                    "give a computable dropout term for these parameters (customer index "
                        + i
                        + ")",
                    tx[i]);
              }
              double alive = Math.min(1.0, Math.exp(state[0]));
              double b = beta + state[2];
              double cum = 0;
              double expected = 0;
              double end = age[i] + t;
              for (int p = pieces.start[i]; p < pieces.start[i + 1]; p++) {
                double lo = pieces.lo[p];
                double hi = Math.min(pieces.hi[p], end);
                if (lo < age[i]) {
                  continue;
                }
                if (lo >= end) {
                  break;
                }
                double etaP = 0;
                for (int j = 0; j < kp; j++) {
                  etaP += theta[4 + j] * zp[i][pieces.rowP[p] * kp + j];
                }
                double etaD = 0;
                for (int j = 0; j < kd; j++) {
                  etaD += theta[4 + kp + j] * zd[i][pieces.rowD[p] * kd + j];
                }
                double a = Math.exp(etaP);
                double c = Math.exp(etaD);
                double h = hi - lo;
                // a int_0^h (b / (b + cum + c u))^s du
                double l0 = Math.log1p(cum / b);
                double l1 = Math.log1p((cum + c * h) / b);
                double sm1 = s - 1;
                double part =
                    Math.abs(sm1) < 1e-12
                        ? (l1 - l0)
                        : -Math.exp(-sm1 * l0) * Math.expm1(-sm1 * (l1 - l0)) / sm1;
                expected += a * b / c * part;
                cum += c * h;
              }
              out[0][i] = alive;
              out[1][i] = alive * Math.exp(-s * Math.log1p(cum / b));
              out[2][i] = alive * (r + x[i]) / (alpha + state[1]) * expected;
            });
    return out;
  }

  /**
   * Customer i's future after T under theta ({@link TimeVaryingFuture}), from the pieces after T
   * (as far as they reach); an error naming the customer if its dropout term cannot be computed.
   */
  TimeVaryingFuture future(double[] theta, int i) {
    int k = size();
    double[] state = new double[3];
    double ll = customer(theta, i, new double[k], state, new Work(k));
    if (Double.isNaN(ll)) {
      throw CxValidationException.of(
          "TimeVaryingParetoNbd.recency",
          "give a computable dropout term for these parameters (customer index " + i + ")",
          tx[i]);
    }
    int first = pieces.start[i];
    int last = pieces.start[i + 1];
    int future = 0;
    for (int p = first; p < last; p++) {
      if (pieces.lo[p] >= age[i]) {
        future++;
      }
    }
    double[] from = new double[future];
    double[] length = new double[future];
    double[] a = new double[future];
    double[] c = new double[future];
    double lastA = 1;
    double lastC = 1;
    int m = 0;
    for (int p = first; p < last; p++) {
      double etaP = 0;
      for (int j = 0; j < kp; j++) {
        etaP += theta[4 + j] * zp[i][pieces.rowP[p] * kp + j];
      }
      double etaD = 0;
      for (int j = 0; j < kd; j++) {
        etaD += theta[4 + kp + j] * zd[i][pieces.rowD[p] * kd + j];
      }
      lastA = Math.exp(etaP);
      lastC = Math.exp(etaD);
      if (pieces.lo[p] >= age[i]) {
        from[m] = pieces.lo[p] - age[i];
        length[m] = pieces.hi[p] - pieces.lo[p];
        a[m] = lastA;
        c[m] = lastC;
        m++;
      }
    }
    double r = Math.exp(theta[0]);
    double alpha = Math.exp(theta[1]);
    double s = Math.exp(theta[2]);
    double beta = Math.exp(theta[3]);
    return new TimeVaryingFuture(
        Math.min(1.0, Math.exp(state[0])),
        r + x[i],
        alpha + state[1],
        s,
        beta + state[2],
        from,
        length,
        a,
        c,
        lastA,
        lastC);
  }

  /** The number of customers. */
  int customers() {
    return x.length;
  }

  /**
   * Each customer's pieces: the intersections of the calendar intervals of both processes with the
   * customer's age axis {@code [0, until]}, split at t_x and T, consecutive pieces with equal
   * covariates merged.
   */
  static final class Pieces {
    final int[] start;
    final double[] lo;
    final double[] hi;
    final int[] rowP;
    final int[] rowD;

    private Pieces(int[] start, double[] lo, double[] hi, int[] rowP, int[] rowD) {
      this.start = start;
      this.lo = lo;
      this.hi = hi;
      this.rowP = rowP;
      this.rowD = rowD;
    }

    static Pieces build(
        double[] birth,
        double[] tx,
        double[] age,
        double horizon,
        TimeVaryingCovariates purchase,
        TimeVaryingCovariates dropout) {
      double[] until = new double[birth.length];
      for (int i = 0; i < until.length; i++) {
        until[i] = age[i] + horizon;
      }
      return build(birth, tx, age, until, horizon > 0, purchase, dropout);
    }

    /**
     * Pieces to the end of both paths: each customer's axis {@code [0, until]} with {@code until}
     * the earlier of the two paths' last boundaries (at least T).
     */
    static Pieces toPathEnd(
        double[] birth,
        double[] tx,
        double[] age,
        TimeVaryingCovariates purchase,
        TimeVaryingCovariates dropout) {
      double[] bp = purchase.breaks();
      double[] bd = dropout.breaks();
      double last = Math.min(bp[bp.length - 1], bd[bd.length - 1]);
      double[] until = new double[birth.length];
      for (int i = 0; i < until.length; i++) {
        until[i] = Math.max(age[i], last - birth[i]);
      }
      return build(birth, tx, age, until, false, purchase, dropout);
    }

    private static Pieces build(
        double[] birth,
        double[] tx,
        double[] age,
        double[] ends,
        boolean withHorizon,
        TimeVaryingCovariates purchase,
        TimeVaryingCovariates dropout) {
      int n = birth.length;
      int[] start = new int[n + 1];
      double[] bp = purchase.breaks();
      double[] bd = dropout.breaks();
      int cap = Math.max(16, n * 4);
      double[] lo = new double[cap];
      double[] hi = new double[cap];
      int[] rowP = new int[cap];
      int[] rowD = new int[cap];
      int m = 0;
      double[] cuts = new double[bp.length + bd.length + 4];
      for (int i = 0; i < n; i++) {
        start[i] = m;
        double b0 = birth[i];
        double until = ends[i];
        for (double[] grid : new double[][] {bp, bd}) {
          double last = grid[grid.length - 1];
          // a relative slack of 1e-12 for windows computed as birth + T + horizon
          double slack = 1e-12 * Math.max(1.0, Math.abs(last));
          if (!(grid[0] <= b0 + slack) || !(last >= b0 + until - slack)) {
            throw CxValidationException.of(
                grid == bp ? "TimeVaryingParetoNbd.purchase" : "TimeVaryingParetoNbd.dropout",
                "have intervals covering each customer's window [birth, birth + T"
                    + (withHorizon ? " + horizon" : "")
                    + "] (customer index "
                    + i
                    + ": "
                    + b0
                    + ".."
                    + (b0 + until)
                    + ")",
                grid[0] + ".." + grid[grid.length - 1]);
          }
        }
        int c = 0;
        cuts[c++] = 0;
        cuts[c++] = until;
        if (tx[i] > 0 && tx[i] < until) {
          cuts[c++] = tx[i];
        }
        if (age[i] < until) {
          cuts[c++] = age[i];
        }
        for (double[] grid : new double[][] {bp, bd}) {
          for (double g : grid) {
            double u = g - b0;
            if (u > 0 && u < until) {
              if (c == cuts.length) {
                cuts = Arrays.copyOf(cuts, cuts.length * 2);
              }
              cuts[c++] = u;
            }
          }
        }
        Arrays.sort(cuts, 0, c);
        for (int q = 0; q + 1 < c; q++) {
          double a = cuts[q];
          double z = cuts[q + 1];
          if (!(z > a)) {
            continue;
          }
          double mid = b0 + 0.5 * (a + z);
          int kp = purchase.intervalOf(mid);
          int kd = dropout.intervalOf(mid);
          boolean split = a == tx[i] || a == age[i];
          if (m > start[i]
              && !split
              && hi[m - 1] == a
              && same(purchase, i, rowP[m - 1], kp)
              && same(dropout, i, rowD[m - 1], kd)) {
            hi[m - 1] = z;
            continue;
          }
          if (m == lo.length) {
            lo = Arrays.copyOf(lo, m * 2);
            hi = Arrays.copyOf(hi, m * 2);
            rowP = Arrays.copyOf(rowP, m * 2);
            rowD = Arrays.copyOf(rowD, m * 2);
          }
          lo[m] = a;
          hi[m] = z;
          rowP[m] = kp;
          rowD[m] = kd;
          m++;
        }
      }
      start[n] = m;
      return new Pieces(
          start,
          Arrays.copyOf(lo, m),
          Arrays.copyOf(hi, m),
          Arrays.copyOf(rowP, m),
          Arrays.copyOf(rowD, m));
    }

    private static boolean same(TimeVaryingCovariates c, int i, int k1, int k2) {
      if (k1 == k2) {
        return true;
      }
      int w = c.count();
      double[] row = c.values()[i];
      for (int j = 0; j < w; j++) {
        if (row[k1 * w + j] != row[k2 * w + j]) {
          return false;
        }
      }
      return true;
    }
  }
}
