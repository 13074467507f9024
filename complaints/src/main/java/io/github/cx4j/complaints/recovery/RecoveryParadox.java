/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.recovery;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.internal.StudentT;
import java.util.Collection;
import java.util.Optional;

/**
 * The service-recovery paradox (McCollough and Bharadwaj 1992): customers whose failure was
 * recovered well may end more satisfied than customers who never had a failure. Meta-analyses find
 * the effect on satisfaction but not on loyalty (de Matos, Henrique and Rossi 2007), so it should
 * be tested, not assumed. This class compares mean satisfaction by Welch's unequal-variance t test
 * (Welch 1947) and reports the difference with its confidence interval and a verdict.
 */
public final class RecoveryParadox {
  private RecoveryParadox() {}

  /**
   * The analysis from satisfaction columns (the fast path).
   *
   * @param recovered satisfaction of recovered customers, at least 2 finite values
   * @param noFailure satisfaction of customers without a failure, at least 2 finite values
   * @param notRecovered satisfaction of customers whose failure was not recovered; may be empty
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the result
   * @throws CxValidationException for too few values, a non-finite value, a bad confidence level,
   *     or no variation at all in the compared groups
   */
  public static RecoveryParadoxResult analyse(
      double[] recovered, double[] noFailure, double[] notRecovered, double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw CxValidationException.of(
          "RecoveryParadox.confidence", "be strictly between 0 and 1", confidence);
    }
    GroupSummary rec = summary(RecoveryGroup.RECOVERED, recovered, "recovered");
    GroupSummary none = summary(RecoveryGroup.NO_FAILURE, noFailure, "noFailure");
    require(rec, "recovered");
    require(none, "noFailure");
    MeanDifference paradox = welch(rec, none, confidence);
    Optional<GroupSummary> notRec = Optional.empty();
    Optional<MeanDifference> effect = Optional.empty();
    if (notRecovered.length > 0) {
      GroupSummary nr = summary(RecoveryGroup.NOT_RECOVERED, notRecovered, "notRecovered");
      notRec = Optional.of(nr);
      if (nr.n() >= 2 && (rec.standardDeviation() > 0 || nr.standardDeviation() > 0)) {
        effect = Optional.of(welch(rec, nr, confidence));
      }
    }
    ParadoxVerdict verdict =
        paradox.interval().low() > 0
            ? ParadoxVerdict.SUPPORTED
            : paradox.interval().high() < 0
                ? ParadoxVerdict.CONTRADICTED
                : ParadoxVerdict.INCONCLUSIVE;
    return new RecoveryParadoxResult(none, rec, notRec, paradox, effect, verdict);
  }

  /**
   * The analysis from cases (the object path), at 95% confidence.
   *
   * @param cases customers with their group and satisfaction
   * @return the result
   */
  public static RecoveryParadoxResult analyse(Collection<RecoveryCase> cases) {
    double[][] cols = new double[3][cases.size()];
    int[] n = new int[3];
    for (RecoveryCase c : cases) {
      int g = c.group().ordinal();
      cols[g][n[g]++] = c.satisfaction();
    }
    return analyse(
        java.util.Arrays.copyOf(cols[RecoveryGroup.RECOVERED.ordinal()], n[1]),
        java.util.Arrays.copyOf(cols[RecoveryGroup.NO_FAILURE.ordinal()], n[0]),
        java.util.Arrays.copyOf(cols[RecoveryGroup.NOT_RECOVERED.ordinal()], n[2]),
        0.95);
  }

  /**
   * Welch's unequal-variance t test of the difference of two means (first minus second), with the
   * Welch-Satterthwaite degrees of freedom.
   *
   * @param first the first sample, at least 2 values
   * @param second the second sample, at least 2 values
   * @param confidence the confidence level
   * @return the difference with its interval and two-sided p-value
   */
  public static MeanDifference welch(double[] first, double[] second, double confidence) {
    GroupSummary a = summary(RecoveryGroup.RECOVERED, first, "first");
    GroupSummary b = summary(RecoveryGroup.NO_FAILURE, second, "second");
    require(a, "first");
    require(b, "second");
    return welch(a, b, confidence);
  }

  /**
   * The paired change from before to after for the same customers (paired t test): for example
   * satisfaction before a failure and after its recovery.
   *
   * @param before scores before, at least 2
   * @param after scores after, same length
   * @param confidence the confidence level
   * @return after minus before, with interval
   * @throws CxValidationException if the lengths differ or the differences do not vary
   */
  public static MeanDifference pairedChange(double[] before, double[] after, double confidence) {
    if (before.length != after.length) {
      throw CxValidationException.of(
          "RecoveryParadox.after", "have " + before.length + " values like before", after.length);
    }
    double[] diff = new double[before.length];
    for (int i = 0; i < diff.length; i++) {
      diff[i] = after[i] - before[i];
    }
    GroupSummary d = summary(RecoveryGroup.RECOVERED, diff, "after - before");
    require(d, "after - before");
    if (d.standardDeviation() == 0) {
      throw CxValidationException.of(
          "RecoveryParadox.after - before", "vary between customers", d.mean());
    }
    double se = d.standardDeviation() / Math.sqrt(d.n());
    double df = d.n() - 1.0;
    return difference(d.mean(), se, df, confidence);
  }

  private static MeanDifference welch(GroupSummary a, GroupSummary b, double confidence) {
    double va = a.standardDeviation() * a.standardDeviation() / a.n();
    double vb = b.standardDeviation() * b.standardDeviation() / b.n();
    double se = Math.sqrt(va + vb);
    if (se == 0) {
      throw CxValidationException.of(
          "RecoveryParadox.satisfaction", "vary within at least one group", a.mean());
    }
    double df = (va + vb) * (va + vb) / (va * va / (a.n() - 1.0) + vb * vb / (b.n() - 1.0));
    return difference(a.mean() - b.mean(), se, df, confidence);
  }

  private static MeanDifference difference(
      double estimate, double se, double df, double confidence) {
    double t = estimate / se;
    double q = StudentT.quantile(0.5 + confidence / 2.0, df);
    return new MeanDifference(
        estimate,
        se,
        df,
        t,
        StudentT.twoSidedP(t, df),
        confidence,
        new Interval(estimate - q * se, estimate + q * se));
  }

  private static void require(GroupSummary g, String name) {
    if (g.n() < 2) {
      throw CxValidationException.of("RecoveryParadox." + name, "have at least 2 customers", g.n());
    }
  }

  private static GroupSummary summary(RecoveryGroup group, double[] values, String name) {
    double sum = 0;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw CxValidationException.of("RecoveryParadox." + name, "hold finite values", v);
      }
      sum += v;
    }
    int n = values.length;
    double mean = n == 0 ? 0 : sum / n;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    return new GroupSummary(group, n, mean, sd);
  }
}
