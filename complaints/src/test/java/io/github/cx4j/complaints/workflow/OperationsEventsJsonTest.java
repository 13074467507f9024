/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.RatingScale;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The operation events and commands keep their JSON names and round-trip. */
class OperationsEventsJsonTest {
  private static final ObjectMapper JSON = CxJson.mapper();
  private static final ComplaintId ID = ComplaintId.of("C-9");
  private static final Employee ANN = Employee.of("ann", "support");
  private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

  private static UUID id(int v) {
    return ComplaintEvent.idFor(ID, v);
  }

  @Test
  void eventsRoundTripUnderTheirNames() throws Exception {
    Map<String, ComplaintEvent> named =
        Map.of(
            "routed", new ComplaintEvent.Routed(id(2), ID, 2, AT, "billing", ANN, "least-open"),
            "reminder-sent",
                new ComplaintEvent.ReminderSent(id(3), ID, 3, AT, "pending-reminder", "Any news?"),
            "split-off",
                new ComplaintEvent.SplitOff(
                    id(4), ID, 4, AT, ANN, ComplaintId.of("C-10"), List.of(id(3)), List.of(3L)),
            "split-from",
                new ComplaintEvent.SplitFrom(id(5), ID, 5, AT, ANN, ComplaintId.of("C-8")),
            "merge-received",
                new ComplaintEvent.MergeReceived(
                    id(6), ID, 6, AT, ANN, ComplaintId.of("C-7"), Map.of("RESOLUTION", AT)),
            "related-linked",
                new ComplaintEvent.RelatedLinked(id(7), ID, 7, AT, ANN, ComplaintId.of("C-6")),
            "survey-due", new ComplaintEvent.SurveyDue(id(8), ID, 8, AT, RatingScale.ONE_TO_FIVE),
            "survey-answered",
                new ComplaintEvent.SurveyAnswered(
                    id(9), ID, 9, AT, 2, RatingScale.ONE_TO_FIVE, Optional.of("slow")),
            "survey-invalidated",
                new ComplaintEvent.SurveyInvalidated(id(10), ID, 10, AT, "reopened"));
    for (Map.Entry<String, ComplaintEvent> e : named.entrySet()) {
      String text = JSON.writeValueAsString(e.getValue());
      assertTrue(text.contains("\"type\":\"" + e.getKey() + "\""), text);
      assertEquals(e.getValue(), JSON.readValue(text, ComplaintEvent.class), text);
    }
  }

  @Test
  void commandsRoundTrip() throws Exception {
    List<ComplaintCommand> commands =
        List.of(
            new ComplaintCommand.Route(ID, "billing", ANN, "skills"),
            new ComplaintCommand.SendReminder(ID, "pending-reminder", "Any news?"),
            new ComplaintCommand.EscalateByRule(ID, 2, "sla-level-2", "breached"),
            new ComplaintCommand.LinkRelated(ID, ANN, ComplaintId.of("C-1")),
            new ComplaintCommand.RecordMergeReceived(ID, ANN, ComplaintId.of("C-2"), Map.of()),
            new ComplaintCommand.ScheduleSurvey(ID, RatingScale.ONE_TO_FIVE),
            new ComplaintCommand.AnswerSurvey(ID, 5, Optional.empty()),
            new ComplaintCommand.Split(ID, ANN, ComplaintId.of("C-3"), List.of(id(3)), List.of(3L)),
            new ComplaintCommand.ReceiveSplit(
                ComplaintId.of("C-3"),
                ANN,
                ID,
                List.of(
                    new ComplaintEvent.RelatedLinked(id(7), ID, 7, AT, ANN, ComplaintId.of("C-6")),
                    new ComplaintEvent.SurveyInvalidated(id(10), ID, 10, AT, "reopened"))));
    for (ComplaintCommand c : commands) {
      String text = JSON.writeValueAsString(c);
      assertEquals(c, JSON.readValue(text, ComplaintCommand.class), text);
    }
  }

  @Test
  void surveyAnswerOutsideItsScaleIsRefused() {
    assertEquals(
        "ComplaintEvent.SurveyAnswered.score must be within 1..5, was 0",
        org.junit.jupiter.api.Assertions.assertThrows(
                io.github.cx4j.core.CxValidationException.class,
                () ->
                    new ComplaintEvent.SurveyAnswered(
                        id(2), ID, 2, AT, 0, RatingScale.ONE_TO_FIVE, Optional.empty()))
            .getMessage());
  }
}
