/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.survey;

import static io.github.cx4j.complaints.automation.Desk.ALICE;
import static io.github.cx4j.complaints.automation.Desk.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cx4j.complaints.automation.Desk;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.SurveyState;
import io.github.cx4j.core.RatingScale;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SurveyTest {
  private static Instant at(int hours) {
    return MONDAY.plus(Duration.ofHours(hours));
  }

  private static Desk.Case solvedAndSurveyed(String id) {
    Desk.Case c = new Desk.Case(id, MONDAY);
    c.run(new ComplaintCommand.Solve(c.id, ALICE, ClosureOutcome.UPHELD, "refund"), at(1))
        .run(new ComplaintCommand.ScheduleSurvey(c.id, RatingScale.ONE_TO_FIVE), at(25));
    return c;
  }

  @Test
  void answerWithReasonThenReopenInvalidates() {
    Desk.Case c = solvedAndSurveyed("V");
    c.run(new ComplaintCommand.AnswerSurvey(c.id, 2, Optional.of("took too long")), at(26));
    SurveyState s = c.state().survey().orElseThrow();
    assertEquals(SurveyState.Status.ANSWERED, s.status());
    assertEquals(Optional.of(2), s.score());
    assertEquals(Optional.of("took too long"), s.reason());
    assertEquals(at(25), s.dueAt());
    c.run(new ComplaintCommand.Reopen(c.id, ALICE, "still broken", Optional.empty()), at(27));
    ComplaintEvent last = c.events.get(c.events.size() - 1);
    assertEquals("the complaint was reopened", ((ComplaintEvent.SurveyInvalidated) last).reason());
    assertEquals(SurveyState.Status.INVALIDATED, c.state().survey().orElseThrow().status());
  }

  @Test
  void customerReplyThatReopensAlsoInvalidates() {
    Desk.Case c = solvedAndSurveyed("W");
    c.run(new ComplaintCommand.RecordCustomerReply(c.id, "It broke again"), at(26));
    assertEquals(SurveyState.Status.INVALIDATED, c.state().survey().orElseThrow().status());
  }

  @Test
  void answersOutsideTheScaleOrWithoutASurveyAreRejected() {
    Desk.Case c = solvedAndSurveyed("X");
    Decision d = c.tryRun(new ComplaintCommand.AnswerSurvey(c.id, 6, Optional.empty()), at(26));
    assertEquals(
        "survey score 6 of complaint X is outside 1..5", ((Decision.Rejected) d).message());
    Desk.Case open = new Desk.Case("Y", MONDAY);
    Decision none =
        open.tryRun(new ComplaintCommand.AnswerSurvey(open.id, 4, Optional.empty()), at(1));
    assertEquals(
        "complaint Y has no survey waiting for an answer (survey: none)",
        ((Decision.Rejected) none).message());
    Decision early =
        open.tryRun(new ComplaintCommand.ScheduleSurvey(open.id, RatingScale.ONE_TO_FIVE), at(1));
    assertEquals(
        "complaint Y is NEW; a survey follows resolution", ((Decision.Rejected) early).message());
  }

  @Test
  void figuresCountAnswersCsatAndInvalidated() {
    List<Complaint> all = new ArrayList<>();
    int[] scores = {5, 4, 4, 3, 1};
    for (int i = 0; i < scores.length; i++) {
      Desk.Case c = solvedAndSurveyed("K" + i);
      c.run(
          new ComplaintCommand.AnswerSurvey(
              c.id, scores[i], scores[i] <= 2 ? Optional.of("rude") : Optional.empty()),
          at(30));
      all.add(c.state());
    }
    all.add(solvedAndSurveyed("K-unanswered").state());
    Desk.Case reopened = solvedAndSurveyed("K-reopened");
    reopened.run(
        new ComplaintCommand.Reopen(reopened.id, ALICE, "again", Optional.empty()), at(30));
    all.add(reopened.state());
    all.add(new Desk.Case("K-open", MONDAY).state());
    SurveyFigures f = SurveyKpis.of(all);
    assertEquals(7, f.sent());
    assertEquals(5, f.answered());
    assertEquals(1, f.invalidated());
    assertEquals(5.0 / 6, f.responseRate().value(), 1e-12);
    assertEquals(0.6, f.csat().value(), 1e-12);
    // Wilson 95% interval of 3/5: 0.2307..0.8824 (Wilson 1927; also R's prop.test without
    // correction)
    assertEquals(0.2307, f.csat().interval().low(), 1e-4);
    assertEquals(0.8824, f.csat().interval().high(), 1e-4);
    // (1 + 0.75 + 0.75 + 0.5 + 0) / 5
    assertEquals(0.6, f.meanNormalised().orElseThrow(), 1e-12);
    assertEquals(1, f.withReason());
  }
}
