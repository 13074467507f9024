/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.Cx4j;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutomateCommandTest {
  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cx4j.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  static final Employee ANN = Employee.of("ann", "support");

  static final String POLICY =
      "{\"id\":\"p\",\"version\":1,\"effectiveFrom\":\"2025-01-01T00:00:00Z\","
          + "\"calendar\":\"office\",\"rules\":[{\"name\":\"all\",\"targets\":["
          + "{\"metric\":\"FIRST_RESPONSE\",\"target\":\"PT4H\"}]}]}";

  static final String OFFICE =
      "{\"name\":\"office\",\"zone\":\"UTC\",\"week\":{"
          + "\"MONDAY\":[[\"09:00\",\"17:00\"]],\"TUESDAY\":[[\"09:00\",\"17:00\"]],"
          + "\"WEDNESDAY\":[[\"09:00\",\"17:00\"]],\"THURSDAY\":[[\"09:00\",\"17:00\"]],"
          + "\"FRIDAY\":[[\"09:00\",\"17:00\"]]}}";

  /** Runs commands on one complaint; the first one receives it. */
  static List<ComplaintEvent> history(String id, Object... timed) {
    ComplaintWorkflow wf = ComplaintWorkflow.standard();
    ComplaintId cid = ComplaintId.of(id);
    List<ComplaintEvent> events = new ArrayList<>();
    Optional<Complaint> state = Optional.empty();
    for (int i = 0; i < timed.length; i += 2) {
      Instant at = Instant.parse((String) timed[i]);
      ComplaintCommand c =
          switch ((String) timed[i + 1]) {
            case "receive" ->
                new ComplaintCommand.Receive(
                    cid,
                    CustomerId.of("c-" + id),
                    ANN,
                    Register.of(Channel.EMAIL, "parcel", "late", "Ms. Li", "li@x", Severity.LOW),
                    Optional.empty());
            case "ack" -> new ComplaintCommand.Acknowledge(cid, ANN);
            case "respond" -> new ComplaintCommand.Respond(cid, ANN, "Please send the receipt.");
            case "pending" ->
                new ComplaintCommand.ChangeStatus(
                    cid, ANN, SubStatus.defaultOf(StatusCategory.PENDING));
            case "solve" -> new ComplaintCommand.Solve(cid, ANN, ClosureOutcome.UPHELD, "refund");
            case "survey" ->
                new ComplaintCommand.ScheduleSurvey(
                    cid, io.github.cx4j.core.RatingScale.ONE_TO_FIVE);
            case "answer2" -> new ComplaintCommand.AnswerSurvey(cid, 2, Optional.of("slow"));
            case "answer5" -> new ComplaintCommand.AnswerSurvey(cid, 5, Optional.empty());
            default -> throw new IllegalArgumentException((String) timed[i + 1]);
          };
      Decision d = wf.decide(state, c, at);
      assertTrue(d.accepted(), d.toString());
      for (ComplaintEvent e : d.events()) {
        state = Optional.of(ComplaintWorkflow.evolve(state, e));
        events.add(e);
      }
    }
    return events;
  }

  private Path files() throws Exception {
    List<ComplaintEvent> all = new ArrayList<>();
    all.addAll(
        history(
            "A",
            "2026-01-05T09:00:00Z",
            "receive",
            "2026-01-05T09:30:00Z",
            "respond",
            "2026-01-05T09:30:00Z",
            "solve"));
    all.addAll(
        history(
            "B",
            "2026-01-08T09:00:00Z",
            "receive",
            "2026-01-08T09:30:00Z",
            "respond",
            "2026-01-08T09:30:00Z",
            "pending"));
    all.addAll(history("C", "2026-01-14T09:30:00Z", "receive", "2026-01-14T09:30:00Z", "ack"));
    StringBuilder lines = new StringBuilder();
    for (ComplaintEvent e : all) {
      lines.append(CxJson.mapper().writeValueAsString(e)).append('\n');
    }
    Files.writeString(dir.resolve("policy.json"), POLICY);
    Files.writeString(dir.resolve("office.json"), OFFICE);
    Path events = dir.resolve("events.jsonl");
    Files.writeString(events, lines);
    return events;
  }

  private String[] args(Path events, String... more) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "complaints",
                "automate",
                "--input",
                events.toString(),
                "--policy",
                dir.resolve("policy.json").toString(),
                "--calendar",
                dir.resolve("office.json").toString(),
                "--now",
                "2026-01-14T10:00:00Z"));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  @Test
  void printsTheDueCommandsAndTheNextWakeUp() throws Exception {
    Result r = run(args(files()));
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("due at 2026-01-14T10:00:00Z: 2 command(s)", lines[0]);
    assertTrue(lines[1].startsWith("A              auto-close               Close"), lines[1]);
    assertTrue(lines[1].contains("since 2026-01-12T09:30:00Z"), lines[1]);
    assertTrue(
        lines[2].startsWith("B              pending-reminder         SendReminder"), lines[2]);
    // 24 business hours after Thursday 09:30 on a 09:00-17:00 week: Tuesday 09:30
    assertTrue(lines[2].contains("since 2026-01-13T09:30:00Z"), lines[2]);
    // C's first response (4 business hours from 09:30) reaches 75% at 12:30
    assertEquals("next wake-up: 2026-01-14T12:30:00Z (complaint C)", lines[3]);
    assertTrue(r.err().contains("evaluated 4 automation(s) over 3 complaint(s)"), r.err());
  }

  @Test
  void jsonLinesCarryTheCommandsAndASurveyCanBeAdded() throws Exception {
    Result r = run(args(files(), "--json", "--survey-after", "P1D"));
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(4, lines.length, r.out());
    assertTrue(lines[0].contains("\"type\":\"close\""), lines[0]);
    assertTrue(lines[1].contains("\"type\":\"schedule-survey\""), lines[1]);
    assertTrue(lines[2].contains("\"type\":\"send-reminder\""), lines[2]);
    assertEquals("{\"nextWakeUp\":\"2026-01-14T12:30:00Z\",\"complaint\":\"C\"}", lines[3]);
  }

  @Test
  void theSurveyScaleIsAnOption() throws Exception {
    Result r = run(args(files(), "--json", "--survey-after", "P1D", "--survey-scale", "0..10"));
    assertEquals(0, r.code(), r.err());
    String survey = r.out().split("\n")[1];
    assertTrue(survey.contains("\"type\":\"schedule-survey\""), survey);
    assertTrue(survey.contains("\"min\":0") && survey.contains("\"max\":10"), survey);
    Result bad = run(args(files(), "--survey-after", "P1D", "--survey-scale", "5..1"));
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("--survey-scale 5..1: "), bad.err());
    Result alone = run(args(files(), "--survey-scale", "1..7"));
    assertEquals(1, alone.code());
    assertTrue(alone.err().contains("--survey-scale 1..7 needs --survey-after"), alone.err());
  }

  @Test
  void badOptionsNameTheProblem() throws Exception {
    Path events = files();
    Result bad = run(args(events, "--survey-after", "soon"));
    assertEquals(1, bad.code());
    assertTrue(
        bad.err().contains("--survey-after must be an ISO-8601 duration such as P1D, was \"soon\""),
        bad.err());
    Path automations = dir.resolve("automations.json");
    Files.writeString(automations, "[{\"name\":\" \"}]");
    Result badFile = run(args(events, "--automations", automations.toString()));
    assertEquals(1, badFile.code());
    assertTrue(
        badFile.err().contains(automations + ": not a list of automations: "), badFile.err());
    Result missing = run(args(events, "--automations", dir.resolve("none.json").toString()));
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("none.json: no such file"), missing.err());
  }

  @Test
  void kpiReportsTheSurveyAndBreachesByCategory() throws Exception {
    List<ComplaintEvent> all = new ArrayList<>();
    String[] answers = {"answer5", "answer5", "answer2"};
    for (int i = 0; i < answers.length; i++) {
      all.addAll(
          history(
              "S" + i,
              "2026-01-05T09:00:00Z",
              "receive",
              "2026-01-05T09:30:00Z",
              "respond",
              "2026-01-05T09:30:00Z",
              "solve",
              "2026-01-06T09:30:00Z",
              "survey",
              "2026-01-07T09:30:00Z",
              answers[i]));
    }
    all.addAll(history("C", "2026-01-14T09:30:00Z", "receive", "2026-01-14T09:30:00Z", "ack"));
    StringBuilder lines = new StringBuilder();
    for (ComplaintEvent e : all) {
      lines.append(CxJson.mapper().writeValueAsString(e)).append('\n');
    }
    Path events = dir.resolve("kpi.jsonl");
    Files.writeString(events, lines);
    Files.writeString(dir.resolve("policy.json"), POLICY);
    Files.writeString(dir.resolve("office.json"), OFFICE);
    Result r =
        run(
            "complaints",
            "kpi",
            "--input",
            events.toString(),
            "--policy",
            dir.resolve("policy.json").toString(),
            "--calendar",
            dir.resolve("office.json").toString(),
            "--now",
            "2026-01-20T00:00:00Z");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out()
            .contains(
                "surveys after resolution     sent 3, answered 3, invalidated by reopening 0,"
                    + " with a reason 1"),
        r.out());
    // 2 of 3 in the top two points; Wilson 95% interval 20.8%..93.9%
    assertTrue(
        r.out().contains("CSAT after resolution        66.7%  (2 of 3, 95% CI 20.8%..93.9%)"),
        r.out());
    assertTrue(r.out().contains("SLA breaches unassessed      FIRST_RESPONSE 1"), r.out());
  }
}
