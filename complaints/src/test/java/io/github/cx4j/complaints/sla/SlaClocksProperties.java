/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Invariants of the clock engine. */
class SlaClocksProperties {
  private static final Instant CREATED = SlaClocksTest.t("2026-01-05T10:00");
  private static final SlaPolicyHistory HISTORY =
      SlaPolicyHistory.of(SlaClocksTest.policy().build());
  private static final Map<String, BusinessCalendar> CALENDARS =
      Map.of("office", SlaClocksTest.CAL);

  private static SlaReport evaluate(List<SlaFact> facts, Instant now) {
    return SlaClocks.evaluate(
        HISTORY, CALENDARS, new SlaCase("P", CREATED, SlaPriority.NORMAL, Map.of(), facts), now);
  }

  @Test
  void pausingNeverShortensTheRemainingTime() {
    qt().forAll(
            integers().between(0, 5 * 24 * 60),
            integers().between(0, 5 * 24 * 60),
            integers().between(0, 10 * 24 * 60))
        .checkAssert(
            (pauseAt, pauseFor, nowAfter) -> {
              Instant pause = CREATED.plus(Duration.ofMinutes(pauseAt));
              Instant resume = pause.plus(Duration.ofMinutes(pauseFor));
              Instant now = CREATED.plus(Duration.ofMinutes(nowAfter));
              List<SlaFact> open = List.of(new SlaFact.StatusChange(CREATED, SlaStatus.OPEN));
              List<SlaFact> paused =
                  List.of(
                      new SlaFact.StatusChange(CREATED, SlaStatus.OPEN),
                      new SlaFact.StatusChange(pause, SlaStatus.PENDING),
                      new SlaFact.StatusChange(resume, SlaStatus.OPEN));
              SlaReport without = evaluate(open, now);
              SlaReport with = evaluate(paused, now);
              for (String name : List.of("REQUESTER_WAIT", "AGENT_WORK_TIME", "FIRST_RESPONSE")) {
                SlaClock a = without.latest(name).orElseThrow();
                SlaClock b = with.latest(name).orElseThrow();
                Assertions.assertTrue(b.remaining().compareTo(a.remaining()) >= 0, name);
                Assertions.assertTrue(b.overdue().compareTo(a.overdue()) <= 0, name);
                if (a.breachedAt().isPresent() && b.breachedAt().isPresent()) {
                  Assertions.assertFalse(b.breachedAt().get().isBefore(a.breachedAt().get()), name);
                }
              }
            });
  }

  @Test
  void replayAtAnInstantIgnoresLaterFacts() {
    List<SlaFact> story = SlaClocksTest.story();
    qt().forAll(integers().between(0, 4 * 24 * 60))
        .checkAssert(
            minutes -> {
              Instant now = CREATED.plus(Duration.ofMinutes(minutes));
              List<SlaFact> known = new ArrayList<>();
              for (SlaFact fact : story) {
                if (!fact.at().isAfter(now)) {
                  known.add(fact);
                }
              }
              Assertions.assertEquals(evaluate(known, now), evaluate(story, now));
            });
  }

  @Test
  void elapsedPlusRemainingIsTheTargetUntilBreached() {
    List<SlaFact> story = SlaClocksTest.story();
    qt().forAll(integers().between(0, 4 * 24 * 60))
        .checkAssert(
            minutes -> {
              SlaReport report = evaluate(story, CREATED.plus(Duration.ofMinutes(minutes)));
              for (SlaClock clock : report.clocks()) {
                Assertions.assertEquals(
                    clock.target(), clock.elapsed().plus(clock.remaining()).minus(clock.overdue()));
                Assertions.assertEquals(
                    clock.state() == ClockState.BREACHED, clock.breachedAt().isPresent());
              }
            });
  }
}
