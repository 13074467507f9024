/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import org.hipparchus.special.Gamma;
import org.jspecify.annotations.Nullable;

/**
 * The BG/BB log-likelihood of Fader, Hardie and Shang (2010, "Customer-base analysis in a
 * discrete-time noncontractual setting", Marketing Science 29(6), eq. 5) with its analytic
 * gradient, in log space:
 *
 * <pre>
 * L = B(alpha+x, beta+n-x)/B(alpha,beta) B(gamma, delta+n)/B(gamma,delta)
 *   + sum_{i=0}^{n-t_x-1} B(alpha+x, beta+t_x-x+i)/B(alpha,beta) B(gamma+1, delta+t_x+i)/B(gamma,delta)
 * </pre>
 *
 * The terms of the sum follow each other by a ratio of four linear factors, so the sum costs {@code
 * O(n - t_x)} logarithms and is accumulated with a running maximum (log-sum-exp).
 */
final class BgBbLikelihood implements Bfgs.Objective {
  private final Patterns p;

  BgBbLikelihood(Patterns p) {
    this.p = p;
  }

  @Override
  public double value(double[] theta, double[] grad) {
    double al = Math.exp(theta[0]);
    double be = Math.exp(theta[1]);
    double ga = Math.exp(theta[2]);
    double de = Math.exp(theta[3]);
    if (!Double.isFinite(al + be + ga + de) || !(al > 0 && be > 0 && ga > 0 && de > 0)) {
      return Double.NaN;
    }
    double[] g = new double[4];
    double[] sums = new double[4];
    double ll = 0;
    for (int i = 0; i < p.size; i++) {
      double v = single(al, be, ga, de, p.x[i], (int) p.tx[i], (int) p.age[i], g, null);
      double w = p.weight[i];
      ll += w * v;
      for (int j = 0; j < 4; j++) {
        sums[j] += w * g[j];
      }
    }
    if (!Double.isFinite(ll)) {
      return Double.NaN;
    }
    grad[0] = -sums[0] * al;
    grad[1] = -sums[1] * be;
    grad[2] = -sums[2] * ga;
    grad[3] = -sums[3] * de;
    return -ll;
  }

  /**
   * One pattern's log-likelihood; {@code g} receives the gradient in (alpha, beta, gamma, delta)
   * and, if not null, {@code logAlive[0]} the log of P(alive at n).
   */
  static double single(
      double al,
      double be,
      double ga,
      double de,
      int x,
      int tx,
      int n,
      double[] g,
      double @Nullable [] logAlive) {
    double lbAB = Gamma.logGamma(al) + Gamma.logGamma(be) - Gamma.logGamma(al + be);
    double lbGD = Gamma.logGamma(ga) + Gamma.logGamma(de) - Gamma.logGamma(ga + de);
    double psiA = SpecialFunctions.digamma(al);
    double psiB = SpecialFunctions.digamma(be);
    double psiAB = SpecialFunctions.digamma(al + be);
    double psiG = SpecialFunctions.digamma(ga);
    double psiD = SpecialFunctions.digamma(de);
    double psiGD = SpecialFunctions.digamma(ga + de);
    double psiAx = SpecialFunctions.digamma(al + x);
    // alive branch
    double lgAx = Gamma.logGamma(al + x);
    double aVal =
        lgAx
            + Gamma.logGamma(be + n - x)
            - Gamma.logGamma(al + be + n)
            - lbAB
            + Gamma.logGamma(ga)
            + Gamma.logGamma(de + n)
            - Gamma.logGamma(ga + de + n)
            - lbGD;
    double psiABn = SpecialFunctions.digamma(al + be + n);
    double psiGDn = SpecialFunctions.digamma(ga + de + n);
    double[] aG = {
      psiAx - psiABn - psiA + psiAB,
      SpecialFunctions.digamma(be + n - x) - psiABn - psiB + psiAB,
      psiGD - psiGDn,
      SpecialFunctions.digamma(de + n) - psiGDn - psiD + psiGD
    };
    double max = aVal;
    double sum = 1.0;
    double[] acc = aG.clone();
    int terms = n - tx;
    if (terms > 0) {
      // i = 0 term and its digammas, then recurrences
      double b1 = be + tx - x;
      double ab = al + be + tx;
      double d1 = de + tx;
      double gd = ga + de + 1 + tx;
      double v =
          lgAx
              + Gamma.logGamma(b1)
              - Gamma.logGamma(ab)
              - lbAB
              + Gamma.logGamma(ga + 1)
              + Gamma.logGamma(d1)
              - Gamma.logGamma(gd)
              - lbGD;
      double psiB1 = SpecialFunctions.digamma(b1);
      double psiAb = SpecialFunctions.digamma(ab);
      double psiD1 = SpecialFunctions.digamma(d1);
      double psiGd = SpecialFunctions.digamma(gd);
      double psiG1 = SpecialFunctions.digamma(ga + 1);
      for (int i = 0; i < terms; i++) {
        double ga0 = psiAx - psiAb - psiA + psiAB;
        double ga1 = psiB1 - psiAb - psiB + psiAB;
        double ga2 = psiG1 - psiGd - psiG + psiGD;
        double ga3 = psiD1 - psiGd - psiD + psiGD;
        if (v > max) {
          double scale = Math.exp(max - v);
          sum *= scale;
          for (int j = 0; j < 4; j++) {
            acc[j] *= scale;
          }
          max = v;
        }
        double e = Math.exp(v - max);
        sum += e;
        acc[0] += e * ga0;
        acc[1] += e * ga1;
        acc[2] += e * ga2;
        acc[3] += e * ga3;
        // advance i -> i + 1
        v += Math.log(b1 + i) - Math.log(ab + i) + Math.log(d1 + i) - Math.log(gd + i);
        psiB1 += 1.0 / (b1 + i);
        psiAb += 1.0 / (ab + i);
        psiD1 += 1.0 / (d1 + i);
        psiGd += 1.0 / (gd + i);
      }
    }
    for (int j = 0; j < 4; j++) {
      g[j] = acc[j] / sum;
    }
    double ll = max + Math.log(sum);
    if (logAlive != null) {
      logAlive[0] = aVal - ll;
    }
    return ll;
  }
}
