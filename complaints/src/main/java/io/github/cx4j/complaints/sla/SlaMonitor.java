/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.EventStore;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SLA clocks of complaints straight from their events: a complaint's events are mapped to SLA facts
 * ({@link SlaInputs#fromEvents}) and evaluated by the clock engine ({@link SlaClocks}) under a
 * policy on business calendars; and the query a CRM asks of its store: which complaints breach a
 * target within the next hour?
 *
 * <p>Thread-safe and immutable; a pure function of (policy, calendars, events, now).
 */
public final class SlaMonitor {
  private static final int BATCH = 500;

  private final SlaPolicyHistory policy;
  private final Map<String, BusinessCalendar> calendars;

  private SlaMonitor(SlaPolicyHistory policy, Map<String, BusinessCalendar> calendars) {
    this.policy = policy;
    this.calendars = Map.copyOf(calendars);
  }

  /**
   * A monitor with one policy version and one calendar for every calendar name the policy uses.
   *
   * @param policy the policy
   * @param calendar the calendar
   * @return the monitor
   */
  public static SlaMonitor of(SlaPolicy policy, BusinessCalendar calendar) {
    Map<String, BusinessCalendar> byName = new LinkedHashMap<>();
    byName.put(policy.calendar(), calendar);
    policy.teamCalendars().values().forEach(n -> byName.put(n, calendar));
    return new SlaMonitor(SlaPolicyHistory.of(policy), byName);
  }

  /**
   * A monitor with policy versions and named calendars.
   *
   * @param history the policy's versions
   * @param calendars the calendars by the names the policies use
   * @return the monitor
   */
  public static SlaMonitor of(SlaPolicyHistory history, Map<String, BusinessCalendar> calendars) {
    return new SlaMonitor(history, calendars);
  }

  /**
   * The full clock report of one complaint.
   *
   * @param events the complaint's events in version order
   * @param now the evaluation instant
   * @return every clock of every cycle, with its steps
   * @throws CxValidationException if the events are not one complaint's history, {@code now} is
   *     before its receipt, or a calendar's holiday data does not reach {@code now}
   */
  public SlaReport report(List<? extends ComplaintEvent> events, Instant now) {
    return SlaClocks.evaluate(policy, calendars, SlaInputs.fromEvents(events, Map.of()), now);
  }

  /**
   * A complaint's clocks now: the latest clock of each target. The same as the status of the last
   * clock of each target in {@link #report} (in the order those clocks started), computed without
   * the report's steps and texts.
   *
   * @param events the complaint's events in version order
   * @param now the evaluation instant
   * @return the clocks; none for a complaint received after {@code now}
   * @throws CxValidationException as {@link #report}
   */
  public ComplaintClocks clocks(List<? extends ComplaintEvent> events, Instant now) {
    if (!events.isEmpty() && events.get(0).at().isAfter(now)) {
      return new ComplaintClocks(events.get(0).complaintId().value(), now, List.of());
    }
    SlaCase complaint = SlaInputs.fromEvents(events, Map.of());
    return new ComplaintClocks(
        complaint.id(), now, SlaClocks.latest(policy, calendars, complaint, now));
  }

  /**
   * The clocks of every complaint in a store, read in batches.
   *
   * @param store the store
   * @param now the evaluation instant
   * @return the clocks, by complaint id order
   * @throws CxValidationException as {@link #report}, naming the complaint
   */
  public List<ComplaintClocks> clocks(EventStore store, Instant now) {
    List<ComplaintId> ids = store.complaintIds();
    List<ComplaintClocks> out = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += BATCH) {
      Map<ComplaintId, List<ComplaintEvent>> batch =
          store.loadMany(ids.subList(from, Math.min(ids.size(), from + BATCH)));
      for (Map.Entry<ComplaintId, List<ComplaintEvent>> e : batch.entrySet()) {
        out.add(clocksOf(e.getKey().value(), e.getValue(), now));
      }
    }
    return out;
  }

  private ComplaintClocks clocksOf(String id, List<ComplaintEvent> events, Instant now) {
    try {
      return clocks(events, now);
    } catch (CxValidationException e) {
      throw CxValidationException.withMessage(
          "SlaMonitor.complaint", "complaint " + id + ": " + e.getMessage());
    }
  }

  /**
   * The running clocks that breach within a duration from now, soonest first.
   *
   * @param clocks complaints' clocks evaluated at the same instant
   * @param within how far ahead to look, zero or positive
   * @param targets the targets to look at (metric codes or regulatory names); empty for all
   * @return the coming breaches
   * @throws CxValidationException for a negative duration
   */
  public static List<ComingBreach> breachingWithin(
      List<ComplaintClocks> clocks, Duration within, Set<String> targets) {
    if (within.isNegative()) {
      throw CxValidationException.of("SlaMonitor.within", "be zero or positive", within);
    }
    List<ComingBreach> out = new ArrayList<>();
    for (ComplaintClocks c : clocks) {
      Instant horizon = c.now().plus(within);
      for (ClockStatus clock : c.clocks()) {
        if (clock.status() != ClockStatus.Status.RUNNING
            || clock.due().isEmpty()
            || (!targets.isEmpty() && !targets.contains(clock.target()))) {
          continue;
        }
        Instant due = clock.due().get();
        if (!due.isBefore(c.now()) && !due.isAfter(horizon)) {
          out.add(
              new ComingBreach(
                  c.complaintId(),
                  clock.target(),
                  due,
                  Duration.between(c.now(), due),
                  clock.remaining()));
        }
      }
    }
    out.sort(Comparator.comparing(ComingBreach::due).thenComparing(ComingBreach::complaintId));
    return out;
  }

  /**
   * The complaints in a store whose running clocks breach within a duration, soonest first.
   *
   * @param store the store
   * @param within how far ahead to look
   * @param targets the targets to look at; empty for all
   * @param now the evaluation instant
   * @return the coming breaches
   */
  public List<ComingBreach> breachingWithin(
      EventStore store, Duration within, Set<String> targets, Instant now) {
    return breachingWithin(clocks(store, now), within, targets);
  }
}
