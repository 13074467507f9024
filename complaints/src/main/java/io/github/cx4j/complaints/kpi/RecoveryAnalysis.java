/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.complaints.recovery.MeanDifference;
import io.github.cx4j.complaints.recovery.RecoveryParadox;
import io.github.cx4j.complaints.recovery.RecoveryParadoxResult;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.SatisfactionScore;
import java.util.Arrays;
import java.util.Collection;

/**
 * Service-recovery statistics straight from complaint states: the recovery paradox against
 * customers without a failure, and the paired change of satisfaction from before to after. Scores
 * are normalised to 0..1 by their rating scales (see {@link SatisfactionScore#normalised()}).
 *
 * <p>A complaint counts as recovered when its outcome is resolved or upheld (the organisation put
 * it right) and it has a score after resolution; as not recovered when its outcome is not upheld,
 * withdrawn, no contact or referred and it has a score after.
 */
public final class RecoveryAnalysis {
  private RecoveryAnalysis() {}

  /**
   * The recovery paradox from complaints and the normalised satisfaction of customers who had no
   * failure (from a regular survey, for example).
   *
   * @param complaints the complaints
   * @param noFailure normalised (0..1) satisfaction of customers without a failure, at least 2
   * @param confidence the confidence level
   * @return the analysis
   */
  public static RecoveryParadoxResult paradox(
      Collection<Complaint> complaints, double[] noFailure, double confidence) {
    double[] recovered = new double[complaints.size()];
    double[] notRecovered = new double[complaints.size()];
    int r = 0;
    int nr = 0;
    for (Complaint c : complaints) {
      if (c.satisfactionAfter().isEmpty() || c.outcome().isEmpty()) {
        continue;
      }
      double s = c.satisfactionAfter().get().normalised();
      ClosureOutcome o = c.outcome().get();
      if (o == ClosureOutcome.RESOLVED || o == ClosureOutcome.UPHELD) {
        recovered[r++] = s;
      } else {
        notRecovered[nr++] = s;
      }
    }
    return RecoveryParadox.analyse(
        Arrays.copyOf(recovered, r), noFailure, Arrays.copyOf(notRecovered, nr), confidence);
  }

  /**
   * The paired change of normalised satisfaction from before to after, over complaints with both
   * scores.
   *
   * @param complaints the complaints
   * @param confidence the confidence level
   * @return after minus before, with interval
   */
  public static MeanDifference beforeAfter(Collection<Complaint> complaints, double confidence) {
    double[] before = new double[complaints.size()];
    double[] after = new double[complaints.size()];
    int n = 0;
    for (Complaint c : complaints) {
      if (c.satisfactionBefore().isPresent() && c.satisfactionAfter().isPresent()) {
        before[n] = c.satisfactionBefore().get().normalised();
        after[n] = c.satisfactionAfter().get().normalised();
        n++;
      }
    }
    return RecoveryParadox.pairedChange(
        Arrays.copyOf(before, n), Arrays.copyOf(after, n), confidence);
  }
}
