/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.survey;

import io.github.cx4j.complaints.kpi.Rate;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.SurveyState;
import java.util.Collection;
import java.util.Optional;

/** Survey figures over complaints' survey states. */
public final class SurveyKpis {
  private SurveyKpis() {}

  /**
   * The figures of the surveys of some complaints.
   *
   * @param complaints the complaints; those without a survey are not counted
   * @return the figures
   */
  public static SurveyFigures of(Collection<Complaint> complaints) {
    long sent = 0;
    long answered = 0;
    long invalidated = 0;
    long top = 0;
    long withReason = 0;
    double sum = 0;
    for (Complaint c : complaints) {
      Optional<SurveyState> s = c.survey();
      if (s.isEmpty()) {
        continue;
      }
      sent++;
      SurveyState st = s.get();
      if (st.status() == SurveyState.Status.INVALIDATED) {
        invalidated++;
      } else if (st.status() == SurveyState.Status.ANSWERED) {
        answered++;
        int score = st.score().orElseThrow();
        if (score >= st.scale().max() - 1) {
          top++;
        }
        sum += st.scale().normalise(score);
        if (st.reason().isPresent()) {
          withReason++;
        }
      }
    }
    return new SurveyFigures(
        sent,
        answered,
        invalidated,
        Rate.of(answered, sent - invalidated),
        Rate.of(top, answered),
        answered == 0 ? Optional.empty() : Optional.of(sum / answered),
        withReason);
  }
}
