/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import static io.github.cx4j.complaints.sla.BusinessCalendarTest.SHANGHAI;
import static io.github.cx4j.complaints.sla.BusinessCalendarTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaClocksTest {
  static final BusinessCalendar CAL =
      BusinessCalendar.weekly(
          SHANGHAI,
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          List.of(TimeRange.of("09:00", "18:00")));

  static Instant t(String local) {
    return at(SHANGHAI, local);
  }

  static SlaTarget.Builder target(SlaMetric metric, Duration d) {
    return SlaTarget.builder().metric(metric).target(d);
  }

  static SlaPolicy.Builder policy() {
    return SlaPolicy.builder()
        .id("complaints")
        .version(1)
        .effectiveFrom(Instant.parse("2025-01-01T00:00:00Z"))
        .calendar("office")
        .addRules(
            SlaRule.builder()
                .name("vip phone")
                .putWhen("tier", java.util.Set.of("vip"))
                .addTargets(SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofMinutes(30)))
                .build(),
            SlaRule.builder()
                .name("standard")
                .addTargets(
                    SlaTarget.of(SlaMetric.ACKNOWLEDGEMENT, Duration.ofHours(1)),
                    SlaTarget.of(SlaMetric.FIRST_RESPONSE, SlaPriority.NORMAL, Duration.ofHours(8)),
                    SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(4)),
                    SlaTarget.of(SlaMetric.NEXT_RESPONSE, Duration.ofHours(4)),
                    SlaTarget.of(SlaMetric.PERIODIC_UPDATE, Duration.ofHours(9)),
                    target(SlaMetric.RESOLUTION, Duration.ofHours(40))
                        .priority(SlaPriority.NORMAL)
                        .warning(SlaMark.atShare("warning", 0.75))
                        .addEscalations(
                            SlaMark.atShare("due", 1.0),
                            SlaMark.after("team lead", Duration.ofHours(2)))
                        .build(),
                    target(SlaMetric.RESOLUTION, Duration.ofHours(16))
                        .warning(SlaMark.atShare("warning", 0.75))
                        .addEscalations(
                            SlaMark.atShare("due", 1.0),
                            SlaMark.after("team lead", Duration.ofHours(2)))
                        .build(),
                    SlaTarget.of(SlaMetric.REQUESTER_WAIT, Duration.ofHours(24)),
                    SlaTarget.of(SlaMetric.AGENT_WORK_TIME, Duration.ofHours(16)),
                    SlaTarget.regulatory(
                        "3 business days", Duration.ofHours(27), TimeBasis.BUSINESS),
                    SlaTarget.regulatory("8 weeks", Duration.ofDays(56), TimeBasis.CALENDAR))
                .build());
  }

  /** Monday 5 January 2026, Shanghai; calendar Mon-Fri 09:00-18:00. */
  static List<SlaFact> story() {
    return List.of(
        SlaFact.Message.autoAcknowledgement(t("2026-01-05T10:00:30")),
        new SlaFact.StatusChange(t("2026-01-05T11:00"), SlaStatus.OPEN),
        SlaFact.Message.agentReply(t("2026-01-05T15:00")),
        new SlaFact.StatusChange(t("2026-01-05T15:10"), SlaStatus.PENDING),
        SlaFact.Message.requester(t("2026-01-06T11:00")),
        new SlaFact.StatusChange(t("2026-01-06T11:00"), SlaStatus.OPEN),
        new SlaFact.PriorityChange(t("2026-01-06T12:00"), SlaPriority.HIGH),
        SlaFact.Message.agentReply(t("2026-01-06T16:00")),
        new SlaFact.StatusChange(t("2026-01-06T16:30"), SlaStatus.SOLVED),
        new SlaFact.StatusChange(t("2026-01-07T10:00"), SlaStatus.OPEN));
  }

  static SlaCase complaint(List<SlaFact> facts) {
    return new SlaCase("C-1", t("2026-01-05T10:00"), SlaPriority.NORMAL, Map.of(), facts);
  }

  static SlaReport evaluate(SlaPolicy policy, List<SlaFact> facts, String now) {
    return SlaClocks.evaluate(
        SlaPolicyHistory.of(policy), Map.of("office", CAL), complaint(facts), t(now));
  }

  static SlaClock clock(SlaReport report, int cycle, String name) {
    return report.cycles().get(cycle - 1).clocks().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theStoryCycleOne() {
    SlaReport report = evaluate(policy().build(), story(), "2026-01-07T14:00");
    assertEquals(2, report.cycles().size());
    assertEquals(Optional.of(ReopenMode.NEW_CYCLE), report.cycles().get(1).reopen());

    SlaClock ack = clock(report, 1, "ACKNOWLEDGEMENT");
    assertEquals(ClockState.FULFILLED, ack.state());
    assertEquals(Duration.ofSeconds(30), ack.elapsed());

    SlaClock first = clock(report, 1, "FIRST_RESPONSE");
    assertEquals(ClockState.FULFILLED, first.state());
    assertEquals(Duration.ofHours(5), first.elapsed());
    assertEquals(Optional.of(t("2026-01-05T15:00")), first.stoppedAt());

    // next response: requester at Tue 11:00, target 4h -> due 15:00, answered 16:00: breached
    SlaClock next = clock(report, 1, "NEXT_RESPONSE");
    assertEquals(ClockState.BREACHED, next.state());
    assertEquals(Optional.of(t("2026-01-06T15:00")), next.breachedAt());
    assertEquals(Duration.ofHours(1), next.overdue());

    // resolution: 11h elapsed when the priority rises to HIGH (16h): due Tue 17:00, solved 16:30
    SlaClock resolution = clock(report, 1, "RESOLUTION");
    assertEquals(ClockState.FULFILLED, resolution.state());
    assertEquals(Duration.ofMinutes(15 * 60 + 30), resolution.elapsed());
    assertEquals(Duration.ofHours(16), resolution.target());
    assertEquals(Optional.of(t("2026-01-06T17:00")), resolution.due());
    assertEquals(Duration.ofMinutes(30), resolution.remaining());
    assertEquals("warning", resolution.marks().get(0).name());
    assertEquals(Optional.of(t("2026-01-06T13:00")), resolution.marks().get(0).at());
    assertTrue(resolution.marks().get(0).reached());
    assertEquals(1, resolution.marks().get(1).escalationLevel());
    assertEquals(Optional.empty(), resolution.marks().get(1).at());
    assertEquals(
        List.of("created", "priority NORMAL -> HIGH", "stopped (SOLVED)"),
        resolution.steps().stream().map(SlaClock.ClockStep::event).toList());
    assertEquals(Duration.ofHours(11), resolution.steps().get(1).elapsed());

    // requester wait pauses while pending: Mon 10:00-15:10 and Tue 11:00-16:30
    SlaClock wait = clock(report, 1, "REQUESTER_WAIT");
    assertEquals(Duration.ofMinutes(5 * 60 + 10 + 5 * 60 + 30), wait.elapsed());
    assertEquals(ClockState.FULFILLED, wait.state());

    SlaClock threeDays = clock(report, 1, "3 business days");
    assertEquals(ClockState.FULFILLED, threeDays.state());
    assertEquals(Duration.ofMinutes(15 * 60 + 30), threeDays.elapsed());
    SlaClock eightWeeks = clock(report, 1, "8 weeks");
    assertEquals(Duration.ofMinutes(30 * 60 + 30), eightWeeks.elapsed());
    assertEquals(TimeBasis.CALENDAR, eightWeeks.basis());

    // periodic updates: one started at each agent reply
    List<SlaClock> periodic =
        report.cycles().get(0).clocks().stream()
            .filter(c -> c.metric() == SlaMetric.PERIODIC_UPDATE)
            .toList();
    assertEquals(2, periodic.size());
    assertEquals(2, periodic.get(1).sequence());
  }

  @Test
  void aRegulatoryTargetForOnePriorityStartsNoClockAtAnother() {
    SlaPolicy policy =
        SlaPolicy.builder()
            .id("complaints")
            .version(1)
            .effectiveFrom(Instant.parse("2025-01-01T00:00:00Z"))
            .calendar("office")
            .addRules(
                SlaRule.builder()
                    .name("standard")
                    .addTargets(
                        SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(40)),
                        SlaTarget.builder()
                            .metric(SlaMetric.REGULATORY)
                            .name("urgent 24 hours")
                            .priority(SlaPriority.URGENT)
                            .target(Duration.ofHours(24))
                            .basis(TimeBasis.CALENDAR)
                            .build())
                    .build())
            .build();
    List<SlaFact> facts = List.of(new SlaFact.StatusChange(t("2026-01-05T11:00"), SlaStatus.OPEN));
    SlaReport normal = evaluate(policy, facts, "2026-01-06T14:00");
    assertEquals(
        List.of("RESOLUTION"),
        normal.cycles().get(0).clocks().stream().map(SlaClock::name).toList());

    SlaCase urgent = new SlaCase("C-2", t("2026-01-05T10:00"), SlaPriority.URGENT, Map.of(), facts);
    SlaReport report =
        SlaClocks.evaluate(
            SlaPolicyHistory.of(policy), Map.of("office", CAL), urgent, t("2026-01-06T14:00"));
    SlaClock regulatory = clock(report, 1, "urgent 24 hours");
    assertEquals(ClockState.BREACHED, regulatory.state());
    assertEquals(Optional.of(t("2026-01-06T10:00")), regulatory.breachedAt());
  }

  @Test
  void newCycleAfterReopen() {
    SlaReport report = evaluate(policy().build(), story(), "2026-01-07T14:00");
    SlaClock resolution = clock(report, 2, "RESOLUTION");
    assertEquals(ClockState.ACTIVE, resolution.state());
    assertEquals(Duration.ofHours(4), resolution.elapsed());
    assertEquals(Duration.ofHours(12), resolution.remaining());
    assertEquals(Optional.of(t("2026-01-08T17:00")), resolution.due());
    assertEquals(Optional.of(t("2026-01-08T13:00")), resolution.marks().get(0).at());
    assertTrue(!resolution.marks().get(0).reached());
    assertEquals(Optional.of(t("2026-01-09T10:00")), resolution.marks().get(2).at());
    // a new cycle also restarts the first-response clock, at HIGH priority (4h)
    SlaClock first = clock(report, 2, "FIRST_RESPONSE");
    assertEquals(Duration.ofHours(4), first.target());
    assertEquals(ClockState.ACTIVE, first.state());
    assertEquals(Optional.of(t("2026-01-07T14:00")), first.due());
    assertEquals(Duration.ZERO, first.remaining());
    // one nanosecond later it is breached
    SlaReport later =
        SlaClocks.evaluate(
            SlaPolicyHistory.of(policy().build()),
            Map.of("office", CAL),
            complaint(story()),
            t("2026-01-07T14:00").plusNanos(1));
    assertEquals(ClockState.BREACHED, clock(later, 2, "FIRST_RESPONSE").state());
  }

  @Test
  void reopenModes() {
    SlaReport resume =
        evaluate(policy().reopen(ReopenMode.RESUME).build(), story(), "2026-01-07T14:00");
    SlaClock resumed = clock(resume, 2, "RESOLUTION");
    // 15.5h carried, 16h target: due Wednesday 10:30, breached then, not earlier
    assertEquals(Optional.of(t("2026-01-07T10:30")), resumed.breachedAt());
    assertEquals(Duration.ofMinutes(19 * 60 + 30), resumed.elapsed());
    assertEquals(ClockState.BREACHED, resumed.state());
    assertTrue(resumed.steps().get(0).event().contains("resuming PT15H30M from cycle 1"));
    assertTrue(
        resume.cycles().get(1).clocks().stream()
            .noneMatch(c -> c.metric() == SlaMetric.FIRST_RESPONSE));

    SlaReport restart =
        evaluate(policy().reopen(ReopenMode.RESTART).build(), story(), "2026-01-07T14:00");
    assertEquals(Duration.ofHours(4), clock(restart, 2, "RESOLUTION").elapsed());
    assertTrue(
        restart.cycles().get(1).clocks().stream()
            .noneMatch(c -> c.metric() == SlaMetric.FIRST_RESPONSE));

    SlaReport keep =
        evaluate(policy().reopen(ReopenMode.KEEP).build(), story(), "2026-01-07T14:00");
    assertEquals(Optional.of(ReopenMode.KEEP), keep.cycles().get(1).reopen());
    assertTrue(keep.cycles().get(1).clocks().isEmpty());
    assertEquals(ClockState.FULFILLED, keep.latest("RESOLUTION").orElseThrow().state());
  }

  @Test
  void priorityChangeCanRestart() {
    SlaReport report =
        evaluate(
            policy().priorityChange(PriorityChangeMode.RESTART).build(),
            story(),
            "2026-01-06T13:00");
    SlaClock resolution = clock(report, 1, "RESOLUTION");
    assertEquals(Duration.ofHours(1), resolution.elapsed());
    assertEquals(Optional.of(t("2026-01-08T10:00")), resolution.due());
  }

  @Test
  void pausedClockHasNoDueAndKeepsItsRemainingTime() {
    SlaReport report = evaluate(policy().build(), story(), "2026-01-05T16:00");
    SlaClock wait = clock(report, 1, "REQUESTER_WAIT");
    assertEquals(ClockState.PAUSED, wait.state());
    assertEquals(Optional.empty(), wait.due());
    assertEquals(Duration.ofMinutes(18 * 60 + 50), wait.remaining());
    SlaClock resolution = clock(report, 1, "RESOLUTION");
    assertEquals(ClockState.ACTIVE, resolution.state(), "resolution does not pause by default");
  }

  @Test
  void firstMatchingRuleWins() {
    SlaCase vip =
        new SlaCase(
            "C-2", t("2026-01-05T10:00"), SlaPriority.LOW, Map.of("tier", "vip"), List.of());
    SlaReport report =
        SlaClocks.evaluate(
            SlaPolicyHistory.of(policy().build()),
            Map.of("office", CAL),
            vip,
            t("2026-01-05T11:00"));
    assertEquals(1, report.clocks().size());
    SlaClock first = report.clocks().get(0);
    assertEquals(Duration.ofMinutes(30), first.target());
    assertEquals(Optional.of(t("2026-01-05T10:30")), first.breachedAt());
  }

  private static SlaPolicy resolutionOnly(
      int version, String from, Duration target, RunningClockRule rule) {
    return SlaPolicy.builder()
        .id("p")
        .version(version)
        .effectiveFrom(Instant.parse(from))
        .calendar("office")
        .runningClocks(rule)
        .addRules(
            SlaRule.builder()
                .name("all")
                .addTargets(SlaTarget.of(SlaMetric.RESOLUTION, target))
                .build())
        .build();
  }

  private static SlaClock resolutionUnder(RunningClockRule rule, Duration v2Target) {
    SlaPolicyHistory history =
        new SlaPolicyHistory(
            List.of(
                resolutionOnly(
                    1, "2025-01-01T00:00:00Z", Duration.ofHours(40), RunningClockRule.KEEP),
                resolutionOnly(2, "2026-01-06T00:00:00Z", v2Target, rule)));
    return SlaClocks.evaluate(
            history, Map.of("office", CAL), complaint(List.of()), t("2026-01-06T14:00"))
        .clocks()
        .get(0);
  }

  @Test
  void policyVersionsAndRunningClocks() {
    SlaClock keep = resolutionUnder(RunningClockRule.KEEP, Duration.ofHours(10));
    assertEquals(1, keep.policyVersion());
    assertEquals(Duration.ofHours(13), keep.elapsed());
    assertEquals(Optional.of(t("2026-01-09T14:00")), keep.due());

    SlaClock forward = resolutionUnder(RunningClockRule.APPLY_FORWARD, Duration.ofHours(10));
    assertEquals(2, forward.policyVersion());
    assertEquals(Optional.of(t("2026-01-06T11:00")), forward.breachedAt());

    // already over the new target when it takes effect: breached then, not back-dated
    SlaClock over = resolutionUnder(RunningClockRule.APPLY_FORWARD, Duration.ofHours(6));
    assertEquals(Optional.of(Instant.parse("2026-01-06T00:00:00Z")), over.breachedAt());

    // retroactive: recomputed from the start under version 2
    SlaClock retro = resolutionUnder(RunningClockRule.APPLY_RETROACTIVELY, Duration.ofHours(6));
    assertEquals(2, retro.policyVersion());
    assertEquals(Optional.of(t("2026-01-05T16:00")), retro.breachedAt());
  }

  @Test
  void policyJsonRoundTrip() throws Exception {
    SlaPolicy policy = policy().build();
    String json = CxJson.mapper().writeValueAsString(policy);
    assertEquals(policy, CxJson.mapper().readValue(json, SlaPolicy.class));
    SlaFact fact = SlaFact.Message.agentReply(t("2026-01-05T15:00"));
    String factJson = CxJson.mapper().writeValueAsString(fact);
    assertTrue(factJson.contains("\"type\":\"message\""), factJson);
    assertEquals(fact, CxJson.mapper().readValue(factJson, SlaFact.class));
    SlaCase input = complaint(story());
    assertEquals(
        input, CxJson.mapper().readValue(CxJson.mapper().writeValueAsString(input), SlaCase.class));
    SlaReport report = evaluate(policy().build(), story(), "2026-01-07T14:00");
    assertEquals(
        report,
        CxJson.mapper().readValue(CxJson.mapper().writeValueAsString(report), SlaReport.class));
  }

  @Test
  void badInputIsNamed() {
    assertEquals(
        "SlaPolicy.rules must end with a fallback rule without conditions, was \"vip\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    SlaPolicy.builder()
                        .id("p")
                        .version(1)
                        .effectiveFrom(Instant.EPOCH)
                        .calendar("c")
                        .addRules(
                            SlaRule.builder()
                                .name("vip")
                                .putWhen("tier", java.util.Set.of("vip"))
                                .build())
                        .build())
            .getMessage());
    assertEquals(
        "SlaTarget.target must be positive, was PT0S",
        assertThrows(
                CxValidationException.class,
                () -> SlaTarget.of(SlaMetric.RESOLUTION, Duration.ZERO))
            .getMessage());
    assertEquals(
        "SlaTarget.name must be given exactly for REGULATORY targets, not for RESOLUTION, was Optional[x]",
        assertThrows(
                CxValidationException.class,
                () ->
                    SlaTarget.builder()
                        .metric(SlaMetric.RESOLUTION)
                        .name("x")
                        .target(Duration.ofHours(1))
                        .build())
            .getMessage());
    assertEquals(
        "SlaMark.share must be a number in (0, 100), was -0.5",
        assertThrows(CxValidationException.class, () -> SlaMark.atShare("w", -0.5)).getMessage());
    assertEquals(
        "SlaCase.facts must not be dated before the creation 2026-01-05T02:00:00Z, was"
            + " PriorityChange[at=2026-01-05T01:00:00Z, priority=HIGH]",
        assertThrows(
                CxValidationException.class,
                () ->
                    complaint(
                        List.of(
                            new SlaFact.PriorityChange(
                                Instant.parse("2026-01-05T01:00:00Z"), SlaPriority.HIGH))))
            .getMessage());
    assertEquals(
        "SlaClocks.now must not be before the creation 2026-01-05T02:00:00Z, was 2026-01-05T01:00:00Z",
        assertThrows(
                CxValidationException.class,
                () -> evaluate(policy().build(), List.of(), "2026-01-05T09:00"))
            .getMessage());
    assertEquals(
        "SlaClocks.calendars must include the calendar named by policy complaints version 1, was \"office\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    SlaClocks.evaluate(
                        SlaPolicyHistory.of(policy().build()),
                        Map.of(),
                        complaint(List.of()),
                        t("2026-01-05T12:00")))
            .getMessage());
    List<SlaPolicy> unordered = new ArrayList<>();
    unordered.add(
        resolutionOnly(2, "2025-01-01T00:00:00Z", Duration.ofHours(1), RunningClockRule.KEEP));
    unordered.add(
        resolutionOnly(1, "2026-01-01T00:00:00Z", Duration.ofHours(1), RunningClockRule.KEEP));
    assertEquals(
        "SlaPolicyHistory.versions must share one id with increasing versions and effective"
            + " instants, at version 1, was \"p v1 from 2026-01-01T00:00:00Z\"",
        assertThrows(CxValidationException.class, () -> new SlaPolicyHistory(unordered))
            .getMessage());
  }

  @Test
  void teamCalendarsAheadWarningsOnHoldAndMerge() {
    BusinessCalendar night =
        BusinessCalendar.weekly(
            SHANGHAI, EnumSet.allOf(DayOfWeek.class), List.of(TimeRange.of("18:00", "02:00")));
    SlaPolicy policy =
        SlaPolicy.builder()
            .id("teams")
            .version(1)
            .effectiveFrom(Instant.parse("2025-01-01T00:00:00Z"))
            .calendar("office")
            .putTeamCalendar("kitchen", "night")
            .addRules(
                SlaRule.builder()
                    .name("all")
                    .addTargets(
                        target(SlaMetric.AGENT_WORK_TIME, Duration.ofHours(4))
                            .warning(SlaMark.ahead("one hour left", Duration.ofHours(1)))
                            .build())
                    .build())
            .build();
    SlaCase kitchen =
        new SlaCase(
            "K-1",
            t("2026-01-05T17:00"),
            SlaPriority.NORMAL,
            Map.of("team", "kitchen"),
            List.of(
                new SlaFact.StatusChange(t("2026-01-05T19:00"), SlaStatus.ON_HOLD),
                new SlaFact.StatusChange(t("2026-01-05T20:00"), SlaStatus.OPEN),
                new SlaFact.StatusChange(t("2026-01-05T23:30"), SlaStatus.MERGED)));
    SlaReport report =
        SlaClocks.evaluate(
            SlaPolicyHistory.of(policy),
            Map.of("office", CAL, "night", night),
            kitchen,
            t("2026-01-06T12:00"));
    SlaClock work = report.clocks().get(0);
    assertEquals("night", work.calendar());
    // 18:00-19:00 worked, 19:00-20:00 on hold, 20:00-23:30 worked: 4h30 > 4h, due 23:00
    assertEquals(Duration.ofMinutes(270), work.elapsed());
    assertEquals(Optional.of(t("2026-01-05T23:00")), work.breachedAt());
    assertEquals(Optional.of(t("2026-01-05T23:30")), work.stoppedAt());
    assertEquals(ClockState.BREACHED, work.state());
    assertEquals(
        new SlaClock.MarkInstant("one hour left", 0, Optional.of(t("2026-01-05T22:00")), true),
        work.marks().get(0));
    assertEquals(
        List.of("created", "paused (ON_HOLD)", "resumed (OPEN)", "stopped (MERGED)"),
        work.steps().stream().map(SlaClock.ClockStep::event).toList());
  }
}
