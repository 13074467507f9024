/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

/**
 * The dropout term of the Pareto/NBD likelihood as an integral, {@code log(s I)} with
 *
 * <pre>
 * I = integral from t_x to T of (alpha + tau)^-(r+x) (beta + tau)^-(s+1) d tau
 * </pre>
 *
 * (the customer dies at {@code tau} after the last purchase: Fader and Hardie 2005, "A note on
 * deriving the Pareto/NBD model and related expressions", the step before eq. 22), and its gradient
 * with respect to {@code (r, alpha, s, beta)}, computed by adaptive Gauss-Kronrod quadrature (the
 * 7/15-point pair of Kronrod's extension, as tabulated by Piessens et al., "QUADPACK", 1983) in the
 * variable {@code w = log(alpha + tau)}, where the power-law factor is smooth.
 *
 * <p>The hypergeometric series of {@link ParetoLikelihood#logF} needs about {@code 1 / (1 - z)}
 * terms and {@code z = |alpha - beta| / (max(alpha, beta) + y)} tends to 1 when one of the scale
 * parameters runs away from the other, as it does when the optimiser follows a likelihood that
 * keeps rising towards a homogeneous purchase or dropout rate (s and beta, or r and alpha, growing
 * together). There the series would take millions of terms per customer; the quadrature takes a few
 * hundred integrand evaluations whatever the parameters.
 */
final class DropoutIntegral {
  private static final double[] XK = {
    0.9914553711208126,
    0.9491079123427585,
    0.8648644233597691,
    0.7415311855993945,
    0.5860872354676911,
    0.4058451513773972,
    0.20778495500789848,
    0.0
  };
  private static final double[] WK = {
    0.022935322010529224,
    0.06309209262997856,
    0.10479001032225019,
    0.14065325971552592,
    0.1690047266392679,
    0.19035057806478542,
    0.20443294007529889,
    0.20948214108472782
  };

  /** Gauss weights of the nodes XK[1], XK[3], XK[5], XK[7]. */
  private static final double[] WG = {
    0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694
  };

  /** Relative accuracy asked of the integral. */
  static final double TOLERANCE = 1e-13;

  /** Subintervals at most; beyond this the integral reports failure with NaN. */
  static final int MAX_INTERVALS = 256;

  private DropoutIntegral() {}

  /**
   * {@code log(s I)} and its gradient.
   *
   * @param r purchase shape
   * @param alpha purchase scale
   * @param s dropout shape
   * @param beta dropout scale
   * @param x repeat purchases
   * @param tx time of the last purchase, {@code 0 <= tx < age}
   * @param age T
   * @param grad receives {@code d/dr, d/dalpha, d/ds, d/dbeta} of the logarithm
   * @return the logarithm, or NaN if the quadrature did not reach its accuracy
   */
  static double logValue(
      double r, double alpha, double s, double beta, int x, double tx, double age, double[] grad) {
    double k = r + x;
    double base = alpha + tx;
    double span = Math.log((alpha + age) / base);
    // integrand in v = w - log(alpha + t_x): tau = t_x + base (e^v - 1), d tau = (alpha + tau) dv
    Integrand f = new Integrand(k, s, alpha, beta, tx, base);
    f.ref = Math.max(f.logAt(0), f.logAt(span));
    // globally adaptive: bisect the subinterval with the largest error until the errors add up
    // to the tolerance (or to the rounding floor of the sums); bounds and sums (7 per interval)
    // grow as needed, most integrals need one or two intervals
    double[] lo = new double[8];
    double[] hi = new double[8];
    double[] sums = new double[8 * 7];
    lo[0] = 0;
    hi[0] = span;
    kronrod(f, 0, span, sums, 0);
    int n = 1;
    double[] total = new double[5];
    while (true) {
      java.util.Arrays.fill(total, 0);
      double error = 0;
      double floor = 0;
      int worst = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < 5; j++) {
          total[j] += sums[7 * i + j];
        }
        error += sums[7 * i + 5];
        floor += sums[7 * i + 6];
        if (sums[7 * i + 5] > sums[7 * worst + 5]) {
          worst = i;
        }
      }
      if (error <= Math.max(TOLERANCE * Math.abs(total[0]), floor)) {
        break;
      }
      if (n == MAX_INTERVALS) {
        return Double.NaN;
      }
      if (n == lo.length) {
        lo = java.util.Arrays.copyOf(lo, 2 * n);
        hi = java.util.Arrays.copyOf(hi, 2 * n);
        sums = java.util.Arrays.copyOf(sums, 14 * n);
      }
      double a = lo[worst];
      double b = hi[worst];
      double m = 0.5 * (a + b);
      hi[worst] = m;
      kronrod(f, a, m, sums, 7 * worst);
      lo[n] = m;
      hi[n] = b;
      kronrod(f, m, b, sums, 7 * n);
      n++;
    }
    if (!(total[0] > 0) || !Double.isFinite(total[0])) {
      return Double.NaN;
    }
    grad[0] = total[1] / total[0];
    grad[1] = total[2] / total[0];
    grad[2] = 1.0 / s + total[3] / total[0];
    grad[3] = total[4] / total[0];
    return Math.log(s) + f.logAtStart() + f.ref + Math.log(total[0]);
  }

  /**
   * The 15-point Kronrod sums over [a, b] of the integrand and its four weighted versions; in
   * {@code out[5]} the error estimate of QUADPACK's QK15 (the Kronrod-Gauss difference, scaled down
   * by the integrand's spread) and in {@code out[6]} the rounding floor of the sum.
   */
  private static void kronrod(Integrand f, double a, double b, double[] sums, int at) {
    double half = 0.5 * (b - a);
    double centre = 0.5 * (a + b);
    double[] out = f.out;
    java.util.Arrays.fill(out, 0);
    double gauss = 0;
    double[] fv = f.values;
    double[] v = f.point;
    int node = 0;
    for (int i = 0; i < XK.length; i++) {
      int sides = i == XK.length - 1 ? 1 : 2;
      for (int side = 0; side < sides; side++) {
        double t = side == 0 ? centre - half * XK[i] : centre + half * XK[i];
        f.at(t, v);
        for (int j = 0; j < 5; j++) {
          out[j] += WK[i] * v[j];
        }
        if (i % 2 == 1) {
          gauss += WG[i / 2] * v[0];
        }
        fv[node++] = v[0];
      }
    }
    double mean = out[0] / 2;
    double spread = 0;
    node = 0;
    for (int i = 0; i < XK.length; i++) {
      int sides = i == XK.length - 1 ? 1 : 2;
      for (int side = 0; side < sides; side++) {
        spread += WK[i] * Math.abs(fv[node++] - mean);
      }
    }
    double abs = Math.abs(out[0]) * Math.abs(half);
    for (int j = 0; j < 5; j++) {
      out[j] *= half;
    }
    spread *= Math.abs(half);
    double error = Math.abs(out[0] - gauss * half);
    if (spread != 0 && error != 0) {
      error = spread * Math.min(1, Math.pow(200 * error / spread, 1.5));
    }
    out[5] = error;
    out[6] = 50 * Math.ulp(1.0) * abs;
    System.arraycopy(out, 0, sums, at, 7);
  }

  /** The integrand in v, scaled by exp(-ref), with its derivative weights. */
  private static final class Integrand {
    final double k;
    final double s;
    final double alpha;
    final double beta;
    final double tx;
    final double base;
    final double logBase;
    double ref;

    /** Scratch of {@link #kronrod}: the sums, the integrand at the 15 nodes, one point. */
    final double[] out = new double[7];

    final double[] values = new double[15];
    final double[] point = new double[5];

    Integrand(double k, double s, double alpha, double beta, double tx, double base) {
      this.k = k;
      this.s = s;
      this.alpha = alpha;
      this.beta = beta;
      this.tx = tx;
      this.base = base;
      this.logBase = Math.log(base);
    }

    /**
     * log of the integrand in v, {@code (1 - k) log(alpha + tau) - (s + 1) log(beta + tau)}, less
     * its value at {@code v = 0}: computed from {@code v} and {@code log1p} so that no large
     * logarithms cancel (s can be in the thousands).
     */
    double logAt(double v) {
      double step = base * Math.expm1(v);
      return (1 - k) * v - (s + 1) * Math.log1p(step / (beta + tx));
    }

    /** The log of the integrand at {@code v = 0}. */
    double logAtStart() {
      return (1 - k) * logBase - (s + 1) * Math.log(beta + tx);
    }

    void at(double v, double[] out) {
      double tau = tx + base * Math.expm1(v);
      double la = logBase + v;
      double lb = Math.log(beta + tau);
      double value = Math.exp(logAt(v) - ref);
      out[0] = value;
      out[1] = -la * value;
      out[2] = -k / (alpha + tau) * value;
      out[3] = -lb * value;
      out[4] = -(s + 1) / (beta + tau) * value;
    }
  }
}
