/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.internal.Intervals;
import io.github.cx4j.core.internal.Percentiles;
import io.github.cx4j.scoring.internal.Stats;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * A Net Promoter Score with its counts and uncertainty.
 *
 * <p>Coding each respondent as -1 (detractor), 0 (passive) or +1 (promoter), the NPS is the mean,
 * {@code (promoters - detractors) / n}, a share in [-1, 1] ({@link #points()} is it times 100). Its
 * variance per respondent is {@code (p + d) - (p - d)^2} with p and d the promoter and detractor
 * shares (divisor n: the variance of the coded sample); {@link #se()} divides it by n, {@link
 * #seSample()} by n - 1 (the usual unbiased sample variance of the coding divided by n).
 *
 * @param scale the scale and cut points
 * @param detractors number of detractors
 * @param passives number of passives
 * @param promoters number of promoters
 * @param missing unanswered items skipped
 * @param invalid invalid answers skipped
 */
public record NpsResult(
    NpsScale scale, long detractors, long passives, long promoters, long missing, long invalid) {

  /**
   * Checks the counts.
   *
   * @throws CxValidationException if a count is negative or there is no respondent
   */
  public NpsResult {
    if (detractors < 0 || passives < 0 || promoters < 0 || missing < 0 || invalid < 0) {
      throw CxValidationException.of(
          "NpsResult.counts",
          "be at least 0",
          detractors + "/" + passives + "/" + promoters + "/" + missing + "/" + invalid);
    }
    if (detractors + passives + promoters == 0) {
      throw CxValidationException.of(
          "NpsResult.n",
          "be at least 1 (" + missing + " unanswered, " + invalid + " invalid skipped)",
          0);
    }
  }

  /**
   * The number of valid answers.
   *
   * @return detractors + passives + promoters
   */
  public long n() {
    return detractors + passives + promoters;
  }

  /**
   * The detractors' share.
   *
   * @return in [0, 1]
   */
  public double detractorShare() {
    return detractors / (double) n();
  }

  /**
   * The passives' share.
   *
   * @return in [0, 1]
   */
  public double passiveShare() {
    return passives / (double) n();
  }

  /**
   * The promoters' share.
   *
   * @return in [0, 1]
   */
  public double promoterShare() {
    return promoters / (double) n();
  }

  /**
   * The Net Promoter Score as a share.
   *
   * @return {@code (promoters - detractors) / n}, in [-1, 1]
   */
  public double nps() {
    return (promoters - detractors) / (double) n();
  }

  /**
   * The Net Promoter Score in points, as it is usually reported.
   *
   * @return {@code 100 * nps()}, in [-100, 100]
   */
  public double points() {
    return 100 * nps();
  }

  /**
   * The per-respondent variance of the -1/0/+1 coding with divisor n: {@code (p + d) - (p - d)^2}.
   *
   * @return the variance, in [0, 1]
   */
  public double variance() {
    return variance(promoterShare(), detractorShare());
  }

  static double variance(double p, double d) {
    return Math.max(0.0, (p + d) - (p - d) * (p - d));
  }

  /**
   * The standard error with divisor n: {@code sqrt(variance() / n)} (Rocks 2016, eq. 2).
   *
   * @return the standard error, as a share
   */
  public double se() {
    return Math.sqrt(variance() / n());
  }

  /**
   * The standard error with divisor n - 1: {@code sqrt(variance() / (n - 1))}, which equals the
   * sample standard deviation of the coding (divisor n - 1) over {@code sqrt(n)}.
   *
   * @return the standard error, or empty when n = 1 (no sample variance)
   */
  public OptionalDouble seSample() {
    return n() < 2 ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(variance() / (n() - 1)));
  }

  /**
   * The Wald interval {@code nps +- z se()}, clamped to [-1, 1]. It is degenerate (zero width) when
   * all answers fall in one category; prefer {@link #adjustedWald} or {@link #scoreInterval} for
   * small samples.
   *
   * @param level the confidence level, for example 0.95
   * @return the interval as shares
   */
  public Interval wald(double level) {
    double z = Stats.z(level, "NpsResult.level");
    return new Interval(
        Intervals.clamp(nps() - z * se(), -1, 1), Intervals.clamp(nps() + z * se(), -1, 1));
  }

  /**
   * The adjusted-Wald estimate of Rocks (2016): the NPS after adding 0.75 pseudo-detractors, 1.5
   * pseudo-passives and 0.75 pseudo-promoters.
   *
   * @return {@code (promoters + 0.75 - detractors - 0.75) / (n + 3)}
   */
  public double adjustedNps() {
    return (promoters - detractors) / (n() + 3.0);
  }

  /**
   * The adjusted-Wald interval of Rocks (2016): with {@code n~ = n + 3}, {@code p~ = (promoters +
   * 0.75) / n~}, {@code d~ = (detractors + 0.75) / n~}, the interval {@code (p~ - d~) +- z
   * sqrt(((p~ + d~) - (p~ - d~)^2) / n~)}, clamped to [-1, 1]. It has good coverage at every n and
   * is never degenerate.
   *
   * @param level the confidence level
   * @return the interval as shares
   */
  public Interval adjustedWald(double level) {
    return adjustedWald(promoters, detractors, n(), Stats.z(level, "NpsResult.level"));
  }

  /** Rocks' adjusted Wald interval for (possibly effective) counts. */
  static Interval adjustedWald(double promoters, double detractors, double n, double z) {
    double nt = n + 3.0;
    double p = (promoters + 0.75) / nt;
    double d = (detractors + 0.75) / nt;
    double est = p - d;
    double half = z * Math.sqrt(variance(p, d) / nt);
    return new Interval(Intervals.clamp(est - half, -1, 1), Intervals.clamp(est + half, -1, 1));
  }

  /**
   * The score interval for the difference of two shares of one multinomial sample, inverted by
   * bisection: the set of {@code delta} with {@code |T(delta)| <= z}, where {@code T(delta) = (P -
   * D - n delta) / sqrt(n (2 q + delta (1 - delta)))} and q is the restricted maximum-likelihood
   * detractor share under {@code p - d = delta}: {@code q = (sqrt(B^2 - 4AC) - B) / (2A)}, {@code A
   * = 2n}, {@code B = -P - D + (2n - P + D) delta}, {@code C = -D delta (1 - delta)}. This is
   * Tango's (1998) score interval for the paired difference, which applies because promoters and
   * detractors play the roles of the two discordant cells and passives of the concordant ones. It
   * contains the estimate, stays in [-1, 1] and is never degenerate.
   *
   * @param level the confidence level
   * @return the interval as shares
   */
  public Interval scoreInterval(double level) {
    return tangoInterval(promoters, detractors, n(), Stats.z(level, "NpsResult.level"));
  }

  /**
   * Tango's score interval for {@code (b - c) / n} with b promoters and c detractors out of n
   * (counts may be effective, non-integer counts).
   */
  static Interval tangoInterval(double b, double c, double n, double z) {
    double est = Intervals.clamp((b - c) / n, -1, 1);
    double low = est <= -1 ? -1 : bisect(b, c, n, -1, est, z);
    double high = est >= 1 ? 1 : bisect(b, c, n, est, 1, -z);
    return new Interval(Math.min(low, est), Math.max(high, est));
  }

  /** Finds delta in (lo, hi) with T(delta) = target, T decreasing in delta. */
  private static double bisect(double b, double c, double n, double lo, double hi, double target) {
    for (int i = 0; i < 200 && hi - lo > 1e-13; i++) {
      double mid = 0.5 * (lo + hi);
      if (tango(b, c, n, mid) > target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** Tango's score statistic at delta for b promoters and c detractors out of n. */
  static double tango(double b, double c, double n, double delta) {
    double a = 2 * n;
    double bb = -b - c + (2 * n - b + c) * delta;
    double cc = -c * delta * (1 - delta);
    double q = (Math.sqrt(Math.max(0, bb * bb - 4 * a * cc)) - bb) / (2 * a);
    double numerator = b - c - n * delta;
    double var = n * (2 * q + delta * (1 - delta));
    if (!(var > 0)) {
      return numerator > 0 ? Double.MAX_VALUE : numerator < 0 ? -Double.MAX_VALUE : 0;
    }
    return numerator / Math.sqrt(var);
  }

  /**
   * A seeded nonparametric bootstrap percentile interval. Resampling n respondents with replacement
   * is equivalent to drawing multinomial counts, done here exactly as {@code D* ~ Binomial(n, d)}
   * and {@code P* ~ Binomial(n - D*, p / (1 - d))}, so the cost does not grow with n. The 2.5% and
   * 97.5% (for 0.95) percentiles of the replicate scores, interpolated as R's default {@code
   * quantile}, form the interval. The same seed gives the same interval.
   *
   * @param level the confidence level
   * @param replicates bootstrap replicates, 100..1,000,000 (2,000 is usual)
   * @param seed the random seed
   * @return the interval as shares
   * @throws CxValidationException for a bad level or replicate count, or n above 2^31 - 1
   */
  public Interval bootstrap(double level, int replicates, long seed) {
    Stats.checkLevel(level, "NpsResult.level");
    Stats.checkReplicates(replicates, "NpsResult.replicates");
    if (n() > Integer.MAX_VALUE) {
      throw CxValidationException.of("NpsResult.n", "be at most 2147483647 to bootstrap", n());
    }
    int n = (int) n();
    double d = detractorShare();
    double pGivenNotD = detractors == n ? 0 : promoters / (double) (n - detractors);
    SplittableRandom random = new SplittableRandom(seed);
    BinomialDistribution drawD = new BinomialDistribution(n, d);
    double[] values = new double[replicates];
    for (int r = 0; r < replicates; r++) {
      int dStar = draw(drawD, n, d, random);
      int rest = n - dStar;
      int pStar =
          rest == 0
              ? 0
              : draw(new BinomialDistribution(rest, pGivenNotD), rest, pGivenNotD, random);
      values[r] = (pStar - dStar) / (double) n;
    }
    return Interval.of(Percentiles.interval(values, level));
  }

  private static int draw(
      BinomialDistribution dist, int trials, double p, SplittableRandom random) {
    if (p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return trials;
    }
    return dist.inverseCumulativeProbability(random.nextDouble());
  }
}
