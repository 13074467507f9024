/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The SLA clock engine: the state of every clock of a complaint as a pure function of (policy
 * versions, calendars, the complaint's timed facts, now). Facts after {@code now} are ignored, so
 * replaying a complaint at any past instant gives the report as it stood then; nothing is
 * back-dated: a change (priority, policy version, reopen with resume) that puts a clock over its
 * target breaches it at the instant of the change.
 *
 * <p>Replay rules:
 *
 * <ul>
 *   <li>Creation starts cycle 1: acknowledgement, first response, resolution, requester wait, agent
 *       work time and every regulatory clock of the matching rule that has a target.
 *   <li>A status change pauses or resumes each running clock after the policy's pause matrix;
 *       SOLVED, CLOSED and MERGED stop every running clock (fulfilled, or breached if late).
 *   <li>A message stops the response clocks for which it counts ({@link ResponseRule}); a message
 *       that counts as an update starts the next periodic-update clock; a requester message after
 *       the first response starts a next-response clock if none runs.
 *   <li>Leaving SOLVED/CLOSED/MERGED is a reopen and starts a new cycle after the {@link
 *       ReopenMode}: NEW_CYCLE starts every clock afresh; RESTART starts the resolution-type clocks
 *       (resolution, requester wait, agent work time, regulatory clocks stopped by resolution) from
 *       zero; RESUME starts them with the elapsed time of the previous cycle (the closed time is
 *       not counted); KEEP starts none.
 *   <li>A priority change re-targets running clocks, keeping their elapsed time ({@link
 *       PriorityChangeMode#KEEP_ELAPSED}) or restarting them from zero.
 *   <li>A moved deadline ({@link SlaFact.MovedDeadline}, a complaint merged into this one) gives
 *       the open clock of the same target the smaller of its own remaining time and the merged
 *       clock's: the time from the merge to the merged clock's due instant, counted on this clock's
 *       basis and calendar. The clock's used time rises accordingly, so pauses, priority changes
 *       and warning marks apply to it as to any clock; a deadline later than the clock's own
 *       changes nothing, and a deadline already past at the merge breaches the clock there.
 *   <li>Policy versions: a clock takes the version in force when it starts; a later version with
 *       {@link RunningClockRule#APPLY_FORWARD} re-targets it from its effective instant; one with
 *       {@link RunningClockRule#APPLY_RETROACTIVELY} replaces the clock's version from its start if
 *       the clock was still running when the version took effect; {@link RunningClockRule#KEEP}
 *       leaves it alone. Which messages count, what pauses and what a reopen does follow the
 *       version in force at each fact.
 * </ul>
 */
public final class SlaClocks {
  private static final Set<SlaMetric> RESOLUTION_TYPE =
      EnumSet.of(
          SlaMetric.RESOLUTION,
          SlaMetric.REQUESTER_WAIT,
          SlaMetric.AGENT_WORK_TIME,
          SlaMetric.REGULATORY);

  private SlaClocks() {}

  /**
   * Evaluates every clock of a complaint with one calendar for every calendar name.
   *
   * @param policy the policy (a single version)
   * @param calendar the calendar
   * @param complaint the complaint's clock input
   * @param now the evaluation instant
   * @return the report
   */
  public static SlaReport evaluate(
      SlaPolicy policy, BusinessCalendar calendar, SlaCase complaint, Instant now) {
    return evaluate(SlaPolicyHistory.of(policy), name -> Optional.of(calendar), complaint, now);
  }

  /**
   * Evaluates every clock of a complaint.
   *
   * @param history the policy's versions
   * @param calendars the calendars by the names that policies use
   * @param complaint the complaint's clock input
   * @param now the evaluation instant; must not be before the creation
   * @return the report
   * @throws CxValidationException if {@code now} is before the creation or a calendar is missing
   */
  public static SlaReport evaluate(
      SlaPolicyHistory history,
      Map<String, BusinessCalendar> calendars,
      SlaCase complaint,
      Instant now) {
    return evaluate(history, name -> Optional.ofNullable(calendars.get(name)), complaint, now);
  }

  private static SlaReport evaluate(
      SlaPolicyHistory history,
      Function<String, Optional<BusinessCalendar>> calendars,
      SlaCase complaint,
      Instant now) {
    if (now.isBefore(complaint.createdAt())) {
      throw CxValidationException.of(
          "SlaClocks.now", "not be before the creation " + complaint.createdAt(), now);
    }
    Replay replay = new Replay(history, complaint, now);
    replay.run();
    List<SlaReport.Cycle> cycles = new ArrayList<>();
    for (int c = 0; c < replay.cycleStarts.size(); c++) {
      List<SlaClock> clocks = new ArrayList<>();
      for (Clock clock : replay.all) {
        if (clock.cycle == c + 1) {
          clocks.add(measure(clock, history, calendars, complaint, now));
        }
      }
      cycles.add(
          new SlaReport.Cycle(c + 1, replay.cycleStarts.get(c), replay.cycleModes.get(c), clocks));
    }
    return new SlaReport(complaint.id(), history.versions().get(0).id(), now, cycles);
  }

  static boolean terminal(SlaStatus status) {
    return status == SlaStatus.SOLVED || status == SlaStatus.CLOSED || status == SlaStatus.MERGED;
  }

  /** A change of a clock's running state, priority or count. */
  private record Phase(
      Instant at,
      boolean running,
      SlaPriority priority,
      boolean reset,
      String event,
      @Nullable Instant movedDue) {

    Phase(Instant at, boolean running, SlaPriority priority, boolean reset, String event) {
      this(at, running, priority, reset, event, null);
    }
  }

  /** The structure of one clock, found by the replay. */
  private static final class Clock {
    final SlaMetric metric;
    final Optional<String> regulatoryName;
    final SlaMetric stopsWith;
    final int cycle;
    final int sequence;
    final Instant start;
    final List<Phase> phases = new ArrayList<>();
    final @Nullable Clock carryFrom;
    @Nullable Instant stop;
    String stopEvent = "";
    Duration finalElapsed = Duration.ZERO;

    Clock(
        SlaMetric metric,
        Optional<String> regulatoryName,
        SlaMetric stopsWith,
        int cycle,
        int sequence,
        Instant start,
        @Nullable Clock carryFrom) {
      this.metric = metric;
      this.regulatoryName = regulatoryName;
      this.stopsWith = stopsWith;
      this.cycle = cycle;
      this.sequence = sequence;
      this.start = start;
      this.carryFrom = carryFrom;
    }

    String name() {
      return regulatoryName.orElse(metric.code());
    }

    boolean running() {
      return phases.get(phases.size() - 1).running();
    }
  }

  /** The structural pass over the facts. */
  private static final class Replay {
    final SlaPolicyHistory history;
    final SlaCase complaint;
    final Instant now;
    final List<Clock> all = new ArrayList<>();
    final List<Clock> open = new ArrayList<>();
    final List<Instant> cycleStarts = new ArrayList<>();
    final List<Optional<ReopenMode>> cycleModes = new ArrayList<>();
    SlaStatus status = SlaStatus.NEW;
    SlaPriority priority;
    boolean responded;
    int nextSequence;
    int periodicSequence;

    Replay(SlaPolicyHistory history, SlaCase complaint, Instant now) {
      this.history = history;
      this.complaint = complaint;
      this.now = now;
      this.priority = complaint.priority();
    }

    void run() {
      startCycle(complaint.createdAt(), Optional.empty());
      for (SlaFact fact : complaint.facts()) {
        if (fact.at().isAfter(now)) {
          break;
        }
        SlaPolicy policy = history.inForceAt(fact.at());
        if (fact instanceof SlaFact.StatusChange change) {
          onStatus(policy, change);
        } else if (fact instanceof SlaFact.Message message) {
          onMessage(policy, message);
        } else if (fact instanceof SlaFact.PriorityChange change) {
          onPriority(policy, change);
        } else if (fact instanceof SlaFact.MovedDeadline moved) {
          onMovedDeadline(moved);
        }
      }
    }

    private Optional<SlaTarget> target(SlaPolicy policy, SlaMetric metric, Optional<String> name) {
      return policy.targetFor(complaint.attributes(), metric, name, priority);
    }

    private void start(
        SlaPolicy policy,
        SlaMetric metric,
        Optional<String> name,
        SlaMetric stopsWith,
        int sequence,
        Instant at,
        @Nullable Clock carryFrom,
        String event) {
      Clock clock = new Clock(metric, name, stopsWith, cycleStarts.size(), sequence, at, carryFrom);
      boolean running = !policy.pausedIn(metric).contains(status);
      clock.phases.add(new Phase(at, running, priority, false, event));
      all.add(clock);
      open.add(clock);
    }

    private void startCycle(Instant at, Optional<ReopenMode> mode) {
      SlaPolicy policy = history.inForceAt(at);
      cycleStarts.add(at);
      cycleModes.add(mode);
      nextSequence = 0;
      periodicSequence = 0;
      boolean fresh = mode.isEmpty() || mode.get() == ReopenMode.NEW_CYCLE;
      String event = mode.isEmpty() ? "created" : "reopened (" + mode.get() + ")";
      if (fresh) {
        responded = false;
        for (SlaMetric metric : List.of(SlaMetric.ACKNOWLEDGEMENT, SlaMetric.FIRST_RESPONSE)) {
          if (target(policy, metric, Optional.empty()).isPresent()) {
            start(policy, metric, Optional.empty(), metric, 1, at, null, event);
          }
        }
      }
      if (mode.isPresent() && mode.get() == ReopenMode.KEEP) {
        return;
      }
      for (SlaMetric metric :
          List.of(SlaMetric.RESOLUTION, SlaMetric.REQUESTER_WAIT, SlaMetric.AGENT_WORK_TIME)) {
        if (target(policy, metric, Optional.empty()).isPresent()) {
          start(policy, metric, Optional.empty(), metric, 1, at, carry(mode, metric.code()), event);
        }
      }
      Set<String> names = new LinkedHashSet<>();
      for (SlaTarget t : policy.ruleFor(complaint.attributes()).targets()) {
        if (t.metric() == SlaMetric.REGULATORY
            && (fresh || t.stopsWith() == SlaMetric.RESOLUTION)) {
          t.name().ifPresent(names::add);
        }
      }
      for (String name : names) {
        SlaTarget t = target(policy, SlaMetric.REGULATORY, Optional.of(name)).orElseThrow();
        start(
            policy,
            SlaMetric.REGULATORY,
            Optional.of(name),
            t.stopsWith(),
            1,
            at,
            carry(mode, name),
            event);
      }
    }

    private @Nullable Clock carry(Optional<ReopenMode> mode, String name) {
      if (mode.isEmpty() || mode.get() != ReopenMode.RESUME) {
        return null;
      }
      @Nullable Clock found = null;
      for (Clock clock : all) {
        if (clock.name().equals(name)) {
          found = clock;
        }
      }
      return found;
    }

    private void stop(Clock clock, Instant at, String event) {
      clock.stop = at;
      clock.stopEvent = event;
      open.remove(clock);
    }

    private void onStatus(SlaPolicy policy, SlaFact.StatusChange change) {
      SlaStatus old = status;
      SlaStatus next = change.status();
      if (next == old) {
        return;
      }
      status = next;
      Instant at = change.at();
      if (terminal(next)) {
        if (!terminal(old)) {
          for (Clock clock : List.copyOf(open)) {
            stop(clock, at, "stopped (" + next + ")");
          }
        }
        return;
      }
      if (terminal(old)) {
        startCycle(at, Optional.of(policy.reopen()));
        return;
      }
      for (Clock clock : open) {
        boolean running = !policy.pausedIn(clock.metric).contains(next);
        if (running != clock.running()) {
          clock.phases.add(
              new Phase(
                  at, running, priority, false, (running ? "resumed (" : "paused (") + next + ")"));
        }
      }
    }

    private void onMessage(SlaPolicy policy, SlaFact.Message message) {
      if (terminal(status)) {
        return;
      }
      Instant at = message.at();
      for (Clock clock : List.copyOf(open)) {
        SlaMetric decisive = clock.metric == SlaMetric.REGULATORY ? clock.stopsWith : clock.metric;
        if (RESOLUTION_TYPE.contains(decisive)) {
          continue;
        }
        if (policy.responseRule(decisive).counts(message)) {
          stop(clock, at, "responded (" + message.author() + ")");
        }
      }
      if (policy.responseRule(SlaMetric.FIRST_RESPONSE).counts(message)) {
        responded = true;
      }
      if (policy.responseRule(SlaMetric.PERIODIC_UPDATE).counts(message)
          && target(policy, SlaMetric.PERIODIC_UPDATE, Optional.empty()).isPresent()) {
        periodicSequence++;
        start(
            policy,
            SlaMetric.PERIODIC_UPDATE,
            Optional.empty(),
            SlaMetric.PERIODIC_UPDATE,
            periodicSequence,
            at,
            null,
            "update sent");
      }
      if (message.author() == Author.REQUESTER
          && responded
          && open.stream().noneMatch(c -> c.metric == SlaMetric.NEXT_RESPONSE)
          && target(policy, SlaMetric.NEXT_RESPONSE, Optional.empty()).isPresent()) {
        nextSequence++;
        start(
            policy,
            SlaMetric.NEXT_RESPONSE,
            Optional.empty(),
            SlaMetric.NEXT_RESPONSE,
            nextSequence,
            at,
            null,
            "requester wrote");
      }
    }

    private void onMovedDeadline(SlaFact.MovedDeadline moved) {
      if (terminal(status)) {
        return;
      }
      for (Clock clock : open) {
        if (clock.name().equals(moved.target())) {
          clock.phases.add(
              new Phase(
                  moved.at(),
                  clock.running(),
                  priority,
                  false,
                  "deadline " + moved.due() + " moved from merged complaint " + moved.from(),
                  moved.due()));
        }
      }
    }

    private void onPriority(SlaPolicy policy, SlaFact.PriorityChange change) {
      SlaPriority old = priority;
      if (change.priority() == old) {
        return;
      }
      priority = change.priority();
      boolean restart = policy.priorityChange() == PriorityChangeMode.RESTART;
      for (Clock clock : open) {
        clock.phases.add(
            new Phase(
                change.at(),
                clock.running(),
                priority,
                restart,
                "priority " + old + " -> " + priority + (restart ? " (restart)" : "")));
      }
    }
  }

  /** Counts business or calendar time. */
  private interface Counter {
    Duration between(Instant from, Instant to);

    Instant add(Instant from, Duration duration);
  }

  private static Counter counter(
      SlaPolicy version,
      SlaTarget target,
      SlaCase complaint,
      Function<String, Optional<BusinessCalendar>> calendars) {
    if (target.basis() == TimeBasis.CALENDAR) {
      return new Counter() {
        @Override
        public Duration between(Instant from, Instant to) {
          return Duration.between(from, to);
        }

        @Override
        public Instant add(Instant from, Duration duration) {
          return from.plus(duration);
        }
      };
    }
    BusinessCalendar calendar = calendar(version, complaint, calendars);
    return new Counter() {
      @Override
      public Duration between(Instant from, Instant to) {
        return calendar.between(from, to);
      }

      @Override
      public Instant add(Instant from, Duration duration) {
        return calendar.add(from, duration);
      }
    };
  }

  private static BusinessCalendar calendar(
      SlaPolicy version,
      SlaCase complaint,
      Function<String, Optional<BusinessCalendar>> calendars) {
    String name = version.calendarFor(complaint.attributes());
    return calendars
        .apply(name)
        .orElseThrow(
            () ->
                CxValidationException.of(
                    "SlaClocks.calendars",
                    "include the calendar named by policy "
                        + version.id()
                        + " version "
                        + version.version(),
                    name));
  }

  /** A boundary of the numeric pass: a phase of the clock or a policy version switch. */
  private record Boundary(Instant at, @Nullable Phase phase, @Nullable SlaPolicy version) {}

  private static SlaClock measure(
      Clock clock,
      SlaPolicyHistory history,
      Function<String, Optional<BusinessCalendar>> calendars,
      SlaCase complaint,
      Instant now) {
    Instant end = clock.stop != null ? clock.stop : now;
    SlaPolicy structural = history.inForceAt(clock.start);
    SlaPolicy version = structural;
    List<Boundary> switches = new ArrayList<>();
    for (SlaPolicy v : history.versions()) {
      if (v.version() <= version.version()
          || v.version() <= structural.version()
          || !v.effectiveFrom().isBefore(end)) {
        continue;
      }
      if (v.runningClocks() == RunningClockRule.APPLY_RETROACTIVELY) {
        version = v;
        switches.clear();
      } else if (v.runningClocks() == RunningClockRule.APPLY_FORWARD) {
        switches.add(new Boundary(v.effectiveFrom(), null, v));
      }
    }
    List<Boundary> boundaries = new ArrayList<>();
    for (Phase phase : clock.phases) {
      boundaries.add(new Boundary(phase.at(), phase, null));
    }
    boundaries.addAll(switches);
    boundaries.sort((a, b) -> a.at().compareTo(b.at()));

    Duration elapsed = clock.carryFrom != null ? clock.carryFrom.finalElapsed : Duration.ZERO;
    SlaPriority priority = clock.phases.get(0).priority();
    boolean running = false;
    SlaTarget target =
        structural
            .targetFor(complaint.attributes(), clock.metric, clock.regulatoryName, priority)
            .orElseThrow();
    List<SlaMark> marks = List.of();
    Instant breachedAt = null;
    Instant due = null;
    Instant[] reached = new Instant[0];
    Instant[] projected = new Instant[0];
    List<SlaClock.ClockStep> steps = new ArrayList<>();
    for (int i = 0; i < boundaries.size(); i++) {
      Boundary boundary = boundaries.get(i);
      Instant a = boundary.at();
      String event;
      if (boundary.phase() != null) {
        running = boundary.phase().running();
        priority = boundary.phase().priority();
        event = boundary.phase().event();
        if (boundary.phase().reset()) {
          elapsed = Duration.ZERO;
          breachedAt = null;
          reached = new Instant[reached.length];
        }
      } else {
        // a boundary without a phase is a policy switch: it always carries the version
        version = Objects.requireNonNull(boundary.version(), "policy switch without a version");
        event = "policy version " + version.version() + " applied forward";
      }
      if (i == 0 && clock.carryFrom != null) {
        event = event + ", resuming " + elapsed + " from cycle " + clock.carryFrom.cycle;
      }
      target =
          version
              .targetFor(complaint.attributes(), clock.metric, clock.regulatoryName, priority)
              .orElse(target);
      marks = new ArrayList<>();
      target.warning().ifPresent(marks::add);
      marks.addAll(target.escalations());
      if (reached.length != marks.size()) {
        reached = new Instant[marks.size()];
      }
      projected = new Instant[marks.size()];
      Counter counter = counter(version, target, complaint, calendars);
      Duration goal = target.target();
      Instant movedDue = boundary.phase() != null ? boundary.phase().movedDue() : null;
      if (movedDue != null) {
        Duration left = movedDue.isAfter(a) ? counter.between(a, movedDue) : Duration.ZERO;
        Duration used = goal.minus(left);
        if (used.compareTo(elapsed) > 0) {
          elapsed = used;
          if (movedDue.isBefore(a) && breachedAt == null) {
            breachedAt = a;
          }
        } else {
          event = event + " (later than this clock's own; no change)";
        }
      }
      steps.add(new SlaClock.ClockStep(a, event, elapsed, goal, running));
      if (breachedAt == null && elapsed.compareTo(goal) > 0) {
        breachedAt = a;
      }
      Instant b = i + 1 < boundaries.size() ? boundaries.get(i + 1).at() : end;
      if (b.isAfter(end)) {
        b = end;
      }
      if (running) {
        if (breachedAt == null) {
          due = counter.add(a, goal.minus(elapsed));
          if (due.isBefore(b)) {
            breachedAt = due;
          }
        } else {
          due = breachedAt;
        }
        for (int m = 0; m < marks.size(); m++) {
          if (reached[m] != null) {
            continue;
          }
          Duration threshold = marks.get(m).thresholdFor(goal);
          if (elapsed.compareTo(threshold) >= 0) {
            reached[m] = a;
          } else {
            Instant at = counter.add(a, threshold.minus(elapsed));
            if (at.isBefore(b)) {
              reached[m] = at;
            } else {
              projected[m] = at;
            }
          }
        }
        if (b.isAfter(a)) {
          elapsed = elapsed.plus(counter.between(a, b));
        }
      } else {
        due = breachedAt;
        for (int m = 0; m < marks.size(); m++) {
          if (reached[m] == null && elapsed.compareTo(marks.get(m).thresholdFor(goal)) >= 0) {
            reached[m] = a;
          }
        }
      }
    }
    clock.finalElapsed = elapsed;
    Duration goal = target.target();
    if (clock.stop != null) {
      steps.add(new SlaClock.ClockStep(clock.stop, clock.stopEvent, elapsed, goal, false));
    }
    ClockState state;
    if (breachedAt != null) {
      state = ClockState.BREACHED;
    } else if (clock.stop != null) {
      state = ClockState.FULFILLED;
    } else {
      state = running ? ClockState.ACTIVE : ClockState.PAUSED;
    }
    List<SlaClock.MarkInstant> markInstants = new ArrayList<>();
    int level = target.warning().isPresent() ? 0 : 1;
    for (int m = 0; m < marks.size(); m++) {
      Optional<Instant> at =
          reached[m] != null
              ? Optional.of(reached[m])
              : clock.stop == null && running
                  ? Optional.ofNullable(projected[m])
                  : Optional.empty();
      markInstants.add(
          new SlaClock.MarkInstant(marks.get(m).name(), level, at, reached[m] != null));
      level++;
    }
    Duration remaining = goal.minus(elapsed);
    return new SlaClock(
        clock.name(),
        clock.metric,
        clock.cycle,
        clock.sequence,
        state,
        clock.start,
        Optional.ofNullable(clock.stop),
        goal,
        target.basis(),
        target.basis() == TimeBasis.BUSINESS
            ? version.calendarFor(complaint.attributes())
            : "(calendar time)",
        version.version(),
        elapsed,
        remaining.isNegative() ? Duration.ZERO : remaining,
        remaining.isNegative() ? remaining.negated() : Duration.ZERO,
        Optional.ofNullable(due),
        Optional.ofNullable(breachedAt),
        markInstants,
        steps);
  }
}
