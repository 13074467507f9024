package io.github.cx4j.scoring.value;

import java.util.stream.IntStream;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD (Fader, Hardie and Lee 2005, eq. 6) and MBG/NBD (Batislam, Denizel and Filiztekin
 * 2007) negative log-likelihoods with analytic gradients on the log-parameter scale, summed over
 * weighted patterns. Per customer, in log space:
 *
 * <pre>
 * ll = lnG(r+x) - lnG(r) + r ln(alpha) + lnB(a, b+x+m) - lnB(a, b) - (r+x) ln(alpha+T) + softplus(D)
 * D  = ln(a) - ln(b+x+m-1) + (r+x) (ln(alpha+T) - ln(alpha+t_x))
 * </pre>
 *
 * with {@code m = 0} for BG/NBD (where the softplus term is present only when x > 0) and {@code m =
 * 1} for MBG/NBD. The softplus {@code ln(1 + e^D)} never overflows, so the result is finite for any
 * frequency and age.
 */
final class NbdLikelihood implements Bfgs.Objective {
  private static final int PARALLEL_THRESHOLD = 20_000;
  private static final int CHUNKS = 32;

  private final Patterns p;
  private final boolean modified;

  NbdLikelihood(Patterns p, boolean modified) {
    this.p = p;
    this.modified = modified;
  }

  @Override
  public double value(double[] theta, double[] grad) {
    double r = Math.exp(theta[0]);
    double alpha = Math.exp(theta[1]);
    double a = Math.exp(theta[2]);
    double b = Math.exp(theta[3]);
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
      return Double.NaN;
    }
    int m = modified ? 1 : 0;
    int nx = p.distinctX.length;
    double[] cx = new double[nx];
    double[] drx = new double[nx];
    double[] dax = new double[nx];
    double[] dbx = new double[nx];
    double[] lnB1 = new double[nx];
    double[] invB1 = new double[nx];
    double lgR = Gamma.logGamma(r);
    double psiR = SpecialFunctions.digamma(r);
    double lgA = Gamma.logGamma(a);
    double lgB = Gamma.logGamma(b);
    double lgAb = Gamma.logGamma(a + b);
    double psiB = SpecialFunctions.digamma(b);
    double psiAb = SpecialFunctions.digamma(a + b);
    for (int i = 0; i < nx; i++) {
      int x = p.distinctX[i];
      double bx = b + x + m;
      // lnB(a, b+x+m) - lnB(a, b) = lnG(b+x+m) - lnG(a+b+x+m) - lnG(b) + lnG(a+b)
      cx[i] =
          Gamma.logGamma(r + x) - lgR + Gamma.logGamma(bx) - Gamma.logGamma(a + bx) - lgB + lgAb;
      double psiAbx = SpecialFunctions.digamma(a + bx);
      drx[i] = SpecialFunctions.digamma(r + x) - psiR;
      dax[i] = psiAb - psiAbx;
      dbx[i] = SpecialFunctions.digamma(bx) - psiAbx - psiB + psiAb;
      double denom = b + x + m - 1;
      lnB1[i] = denom > 0 ? Math.log(denom) : 0.0;
      invB1[i] = denom > 0 ? 1.0 / denom : 0.0;
    }
    double[] lT = new double[p.distinctAge.length];
    double[] iT = new double[lT.length];
    for (int i = 0; i < lT.length; i++) {
      lT[i] = Math.log(alpha + p.distinctAge[i]);
      iT[i] = 1.0 / (alpha + p.distinctAge[i]);
    }
    double[] lTx = new double[p.distinctTx.length];
    double[] iTx = new double[lTx.length];
    for (int i = 0; i < lTx.length; i++) {
      lTx[i] = Math.log(alpha + p.distinctTx[i]);
      iTx[i] = 1.0 / (alpha + p.distinctTx[i]);
    }
    double lnA = Math.log(a);
    double lnAlpha = Math.log(alpha);
    double[] total = new double[5];
    if (p.size < PARALLEL_THRESHOLD) {
      accumulate(
          0, p.size, r, alpha, a, lnA, lnAlpha, cx, drx, dax, dbx, lnB1, invB1, lT, iT, lTx, iTx,
          total);
    } else {
      double[][] parts = new double[CHUNKS][5];
      int chunk = (p.size + CHUNKS - 1) / CHUNKS;
      IntStream.range(0, CHUNKS)
          .parallel()
          .forEach(
              c ->
                  accumulate(
                      c * chunk,
                      Math.min(p.size, (c + 1) * chunk),
                      r,
                      alpha,
                      a,
                      lnA,
                      lnAlpha,
                      cx,
                      drx,
                      dax,
                      dbx,
                      lnB1,
                      invB1,
                      lT,
                      iT,
                      lTx,
                      iTx,
                      parts[c]));
      for (double[] part : parts) {
        for (int j = 0; j < 5; j++) {
          total[j] += part[j];
        }
      }
    }
    grad[0] = -total[1] * r;
    grad[1] = -total[2] * alpha;
    grad[2] = -total[3] * a;
    grad[3] = -total[4] * b;
    return -total[0];
  }

  private void accumulate(
      int from,
      int to,
      double r,
      double alpha,
      double a,
      double lnA,
      double lnAlpha,
      double[] cx,
      double[] drx,
      double[] dax,
      double[] dbx,
      double[] lnB1,
      double[] invB1,
      double[] lT,
      double[] iT,
      double[] lTx,
      double[] iTx,
      double[] out) {
    double ll = 0;
    double gr = 0;
    double gal = 0;
    double ga = 0;
    double gb = 0;
    for (int i = from; i < to; i++) {
      int xi = p.xIndex[i];
      int x = p.x[i];
      double w = p.weight[i];
      double k = r + x;
      double lt = lT[p.ageIndex[i]];
      double it = iT[p.ageIndex[i]];
      double value = cx[xi] + r * lnAlpha - k * lt;
      double dr = drx[xi] + lnAlpha - lt;
      double dal = r / alpha - k * it;
      double da = dax[xi];
      double db = dbx[xi];
      if (modified || x > 0) {
        double ltx = lTx[p.txIndex[i]];
        double d = lnA - lnB1[xi] + k * (lt - ltx);
        // softplus(d) = max(d, 0) + ln(1 + e^-|d|); e lies in (0, 1], so ln(1 + e) is exact to
        // an absolute 1e-16, which is all a sum of log-likelihoods needs (branch-free)
        double e = Math.exp(-Math.abs(d));
        double onePlusE = 1.0 + e;
        double pi = (d > 0 ? 1.0 : e) / onePlusE;
        value += Math.max(d, 0.0) + Math.log(onePlusE);
        dr += pi * (lt - ltx);
        dal += pi * k * (it - iTx[p.txIndex[i]]);
        da += pi / a;
        db -= pi * invB1[xi];
      }
      ll += w * value;
      gr += w * dr;
      gal += w * dal;
      ga += w * da;
      gb += w * db;
    }
    out[0] += ll;
    out[1] += gr;
    out[2] += gal;
    out[3] += ga;
    out[4] += gb;
  }
}
