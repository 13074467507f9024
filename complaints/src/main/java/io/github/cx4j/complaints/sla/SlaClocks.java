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
  private static final List<SlaMetric> RESPONSE_STARTS =
      List.of(SlaMetric.ACKNOWLEDGEMENT, SlaMetric.FIRST_RESPONSE);
  private static final List<SlaMetric> RESOLUTION_STARTS =
      List.of(SlaMetric.RESOLUTION, SlaMetric.REQUESTER_WAIT, SlaMetric.AGENT_WORK_TIME);
  private static final Instant[] NO_INSTANTS = new Instant[0];

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
    Replay replay = replay(history, calendars, complaint, now, true);
    List<SlaReport.Cycle> cycles = new ArrayList<>();
    for (int c = 0; c < replay.cycleStarts.size(); c++) {
      List<SlaClock> clocks = new ArrayList<>();
      for (Clock clock : replay.all) {
        if (clock.cycle == c + 1) {
          measure(clock, replay.lookup, now, true);
          clocks.add(clock.toSlaClock(replay.lookup));
        }
      }
      cycles.add(
          new SlaReport.Cycle(c + 1, replay.cycleStarts.get(c), replay.cycleModes.get(c), clocks));
    }
    return new SlaReport(complaint.id(), history.versions().get(0).id(), now, cycles);
  }

  /**
   * The latest clock of each target, summarised: what {@link ClockStatus#of} gives for the last
   * clock of each name in {@link #evaluate}'s report (in the order of those clocks), with the same
   * errors, computed without the report's steps, marks and texts.
   */
  static List<ClockStatus> latest(
      SlaPolicyHistory history,
      Map<String, BusinessCalendar> calendars,
      SlaCase complaint,
      Instant now) {
    Replay replay =
        replay(history, name -> Optional.ofNullable(calendars.get(name)), complaint, now, false);
    List<Clock> all = replay.all;
    // every clock is measured, in order, as the report does: a RESUME clock carries the elapsed
    // time of an earlier one, and an earlier clock's calendar error is the report's error too
    for (int i = 0; i < all.size(); i++) {
      measure(all.get(i), replay.lookup, now, false);
    }
    List<ClockStatus> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      Clock clock = all.get(i);
      if (!supersededAfter(all, i)) {
        out.add(clock.toStatus());
      }
    }
    return out;
  }

  private static boolean supersededAfter(List<Clock> all, int i) {
    String name = all.get(i).name();
    for (int j = i + 1; j < all.size(); j++) {
      if (all.get(j).name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static Replay replay(
      SlaPolicyHistory history,
      Function<String, Optional<BusinessCalendar>> calendars,
      SlaCase complaint,
      Instant now,
      boolean detailed) {
    if (now.isBefore(complaint.createdAt())) {
      throw CxValidationException.of(
          "SlaClocks.now", "not be before the creation " + complaint.createdAt(), now);
    }
    Replay replay = new Replay(new Lookup(history, calendars, complaint), complaint, now, detailed);
    replay.run();
    return replay;
  }

  static boolean terminal(SlaStatus status) {
    return status == SlaStatus.SOLVED || status == SlaStatus.CLOSED || status == SlaStatus.MERGED;
  }

  /**
   * What one evaluation looks up in its policy versions, resolved once: the rule of each version
   * for the complaint's attributes, the target of each (version, metric, priority), the pause sets
   * and response rules, and the time counter of each (version, basis). A complaint's attributes do
   * not change during an evaluation, so neither do these.
   */
  private static final class Lookup {
    private static final int METRICS = SlaMetric.values().length;
    private static final int PRIORITIES = SlaPriority.values().length;

    final SlaPolicyHistory history;
    final Function<String, Optional<BusinessCalendar>> calendars;
    final SlaCase complaint;
    private final List<SlaPolicy> versions;
    private final @Nullable SlaRule[] rules;
    // Optional<SlaTarget> per (version, metric, priority) once resolved, null before
    private final @Nullable Object[] targets;
    private final @Nullable Set<SlaStatus>[] pauses;
    private final @Nullable Counter[] business;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Lookup(
        SlaPolicyHistory history,
        Function<String, Optional<BusinessCalendar>> calendars,
        SlaCase complaint) {
      this.history = history;
      this.calendars = calendars;
      this.complaint = complaint;
      this.versions = history.versions();
      int n = versions.size();
      this.rules = new SlaRule[n];
      this.targets = new Object[n * METRICS * PRIORITIES];
      this.pauses = new Set[n * METRICS];
      this.business = new Counter[n];
    }

    private int index(SlaPolicy version) {
      for (int i = 0; i < versions.size(); i++) {
        if (versions.get(i) == version) {
          return i;
        }
      }
      throw new IllegalStateException("not a version of this history: " + version.version());
    }

    SlaRule rule(SlaPolicy version) {
      int v = index(version);
      SlaRule rule = rules[v];
      if (rule == null) {
        rule = version.ruleFor(complaint.attributes());
        rules[v] = rule;
      }
      return rule;
    }

    /** {@link SlaPolicy#targetFor} for the complaint's attributes. */
    @SuppressWarnings("unchecked")
    Optional<SlaTarget> target(
        SlaPolicy version, SlaMetric metric, Optional<String> name, SlaPriority priority) {
      if (name.isPresent()) {
        return version.targetFor(complaint.attributes(), metric, name, priority);
      }
      int k = (index(version) * METRICS + metric.ordinal()) * PRIORITIES + priority.ordinal();
      Object resolved = targets[k];
      if (resolved != null) {
        return (Optional<SlaTarget>) resolved;
      }
      Optional<SlaTarget> target = unnamed(rule(version), metric, priority);
      targets[k] = target;
      return target;
    }

    /** The same choice as {@link SlaPolicy#targetFor} for a target without a name. */
    private static Optional<SlaTarget> unnamed(
        SlaRule rule, SlaMetric metric, SlaPriority priority) {
      SlaTarget any = null;
      for (SlaTarget target : rule.targets()) {
        if (target.metric() != metric || target.name().isPresent()) {
          continue;
        }
        if (target.priority().isEmpty()) {
          if (any == null) {
            any = target;
          }
        } else if (target.priority().get() == priority) {
          return Optional.of(target);
        }
      }
      return Optional.ofNullable(any);
    }

    Set<SlaStatus> pausedIn(SlaPolicy version, SlaMetric metric) {
      int k = index(version) * METRICS + metric.ordinal();
      Set<SlaStatus> paused = pauses[k];
      if (paused == null) {
        paused = version.pausedIn(metric);
        pauses[k] = paused;
      }
      return paused;
    }

    Counter counter(SlaPolicy version, SlaTarget target) {
      if (target.basis() == TimeBasis.CALENDAR) {
        return CALENDAR_TIME;
      }
      int v = index(version);
      Counter counter = business[v];
      if (counter == null) {
        counter = businessTime(calendar(version, complaint, calendars));
        business[v] = counter;
      }
      return counter;
    }
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

  /** The structure of one clock, found by the replay, and what the numeric pass measured. */
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

    // set by measure
    @Nullable SlaTarget target;
    @Nullable SlaPolicy version;
    boolean running;
    @Nullable Instant due;
    @Nullable Instant breachedAt;
    List<SlaMark> marks = List.of();
    Instant[] reached = NO_INSTANTS;
    Instant[] projected = NO_INSTANTS;
    List<SlaClock.ClockStep> steps = List.of();

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
      return regulatoryName.isPresent() ? regulatoryName.get() : metric.code();
    }

    boolean lastPhaseRunning() {
      return phases.get(phases.size() - 1).running();
    }

    ClockState state() {
      if (breachedAt != null) {
        return ClockState.BREACHED;
      } else if (stop != null) {
        return ClockState.FULFILLED;
      }
      return running ? ClockState.ACTIVE : ClockState.PAUSED;
    }

    SlaTarget measuredTarget() {
      return Objects.requireNonNull(target, "a measured clock has a target");
    }

    /** The summary {@link ClockStatus#of} gives for {@link #toSlaClock}. */
    ClockStatus toStatus() {
      SlaTarget t = measuredTarget();
      ClockStatus.Status status =
          switch (state()) {
            case ACTIVE -> ClockStatus.Status.RUNNING;
            case PAUSED -> ClockStatus.Status.PAUSED;
            case BREACHED -> ClockStatus.Status.BREACHED;
            case FULFILLED -> ClockStatus.Status.MET;
          };
      Duration remaining = t.target().minus(finalElapsed);
      return new ClockStatus(
          name(),
          metric,
          cycle,
          status,
          status == ClockStatus.Status.MET ? Optional.empty() : Optional.ofNullable(due),
          remaining.isNegative() ? Duration.ZERO : remaining,
          t.target(),
          t.basis());
    }

    SlaClock toSlaClock(Lookup lookup) {
      SlaTarget t = measuredTarget();
      SlaPolicy v = Objects.requireNonNull(version, "a measured clock has a policy version");
      List<SlaClock.MarkInstant> markInstants = new ArrayList<>();
      int level = t.warning().isPresent() ? 0 : 1;
      for (int m = 0; m < marks.size(); m++) {
        Optional<Instant> at =
            reached[m] != null
                ? Optional.of(reached[m])
                : stop == null && running ? Optional.ofNullable(projected[m]) : Optional.empty();
        markInstants.add(
            new SlaClock.MarkInstant(marks.get(m).name(), level, at, reached[m] != null));
        level++;
      }
      Duration goal = t.target();
      Duration remaining = goal.minus(finalElapsed);
      return new SlaClock(
          name(),
          metric,
          cycle,
          sequence,
          state(),
          start,
          Optional.ofNullable(stop),
          goal,
          t.basis(),
          t.basis() == TimeBasis.BUSINESS
              ? v.calendarFor(lookup.complaint.attributes())
              : "(calendar time)",
          v.version(),
          finalElapsed,
          remaining.isNegative() ? Duration.ZERO : remaining,
          remaining.isNegative() ? remaining.negated() : Duration.ZERO,
          Optional.ofNullable(due),
          Optional.ofNullable(breachedAt),
          markInstants,
          steps);
    }
  }

  /**
   * The structural pass over the facts. Without {@code detailed} the phases carry no texts (only
   * the report shows them).
   */
  private static final class Replay {
    final Lookup lookup;
    final SlaPolicyHistory history;
    final SlaCase complaint;
    final Instant now;
    final boolean detailed;
    final List<Clock> all = new ArrayList<>();
    final List<Clock> open = new ArrayList<>();
    final List<Instant> cycleStarts = new ArrayList<>();
    final List<Optional<ReopenMode>> cycleModes = new ArrayList<>();
    SlaStatus status = SlaStatus.NEW;
    SlaPriority priority;
    boolean responded;
    int nextSequence;
    int periodicSequence;

    Replay(Lookup lookup, SlaCase complaint, Instant now, boolean detailed) {
      this.lookup = lookup;
      this.history = lookup.history;
      this.complaint = complaint;
      this.now = now;
      this.detailed = detailed;
      this.priority = complaint.priority();
    }

    void run() {
      startCycle(complaint.createdAt(), Optional.empty());
      List<SlaFact> facts = complaint.facts();
      for (int i = 0; i < facts.size(); i++) {
        SlaFact fact = facts.get(i);
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
      return lookup.target(policy, metric, name, priority);
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
      boolean running = !lookup.pausedIn(policy, metric).contains(status);
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
      String event = !detailed ? "" : mode.isEmpty() ? "created" : "reopened (" + mode.get() + ")";
      if (fresh) {
        responded = false;
        for (SlaMetric metric : RESPONSE_STARTS) {
          if (target(policy, metric, Optional.empty()).isPresent()) {
            start(policy, metric, Optional.empty(), metric, 1, at, null, event);
          }
        }
      }
      if (mode.isPresent() && mode.get() == ReopenMode.KEEP) {
        return;
      }
      for (SlaMetric metric : RESOLUTION_STARTS) {
        if (target(policy, metric, Optional.empty()).isPresent()) {
          start(policy, metric, Optional.empty(), metric, 1, at, carry(mode, metric.code()), event);
        }
      }
      Set<String> names = null;
      for (SlaTarget t : lookup.rule(policy).targets()) {
        if (t.metric() == SlaMetric.REGULATORY
            && (fresh || t.stopsWith() == SlaMetric.RESOLUTION)
            && t.name().isPresent()) {
          if (names == null) {
            names = new LinkedHashSet<>();
          }
          names.add(t.name().get());
        }
      }
      if (names == null) {
        return;
      }
      for (String name : names) {
        // a regulatory target given for other priorities only starts no clock at this one, as
        // for every other metric
        Optional<SlaTarget> found = target(policy, SlaMetric.REGULATORY, Optional.of(name));
        if (found.isEmpty()) {
          continue;
        }
        SlaTarget t = found.get();
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

    private static void stop(Clock clock, Instant at, String event) {
      clock.stop = at;
      clock.stopEvent = event;
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
          String event = detailed ? "stopped (" + next + ")" : "";
          for (int i = 0; i < open.size(); i++) {
            stop(open.get(i), at, event);
          }
          open.clear();
        }
        return;
      }
      if (terminal(old)) {
        startCycle(at, Optional.of(policy.reopen()));
        return;
      }
      for (int i = 0; i < open.size(); i++) {
        Clock clock = open.get(i);
        boolean running = !lookup.pausedIn(policy, clock.metric).contains(next);
        if (running != clock.lastPhaseRunning()) {
          clock.phases.add(
              new Phase(
                  at,
                  running,
                  priority,
                  false,
                  detailed ? (running ? "resumed (" : "paused (") + next + ")" : ""));
        }
      }
    }

    private void onMessage(SlaPolicy policy, SlaFact.Message message) {
      if (terminal(status)) {
        return;
      }
      Instant at = message.at();
      String event = null;
      for (int i = 0; i < open.size(); ) {
        Clock clock = open.get(i);
        SlaMetric decisive = clock.metric == SlaMetric.REGULATORY ? clock.stopsWith : clock.metric;
        if (!RESOLUTION_TYPE.contains(decisive) && policy.responseRule(decisive).counts(message)) {
          if (event == null) {
            event = detailed ? "responded (" + message.author() + ")" : "";
          }
          stop(clock, at, event);
          open.remove(i);
        } else {
          i++;
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
            detailed ? "update sent" : "");
      }
      if (message.author() == Author.REQUESTER
          && responded
          && noneOpen(SlaMetric.NEXT_RESPONSE)
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
            detailed ? "requester wrote" : "");
      }
    }

    private boolean noneOpen(SlaMetric metric) {
      for (int i = 0; i < open.size(); i++) {
        if (open.get(i).metric == metric) {
          return false;
        }
      }
      return true;
    }

    private void onMovedDeadline(SlaFact.MovedDeadline moved) {
      if (terminal(status)) {
        return;
      }
      for (int i = 0; i < open.size(); i++) {
        Clock clock = open.get(i);
        if (clock.name().equals(moved.target())) {
          clock.phases.add(
              new Phase(
                  moved.at(),
                  clock.lastPhaseRunning(),
                  priority,
                  false,
                  detailed
                      ? "deadline " + moved.due() + " moved from merged complaint " + moved.from()
                      : "",
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
      String event =
          detailed ? "priority " + old + " -> " + priority + (restart ? " (restart)" : "") : "";
      for (int i = 0; i < open.size(); i++) {
        Clock clock = open.get(i);
        clock.phases.add(
            new Phase(change.at(), clock.lastPhaseRunning(), priority, restart, event));
      }
    }
  }

  /** Counts business or calendar time. */
  private interface Counter {
    Duration between(Instant from, Instant to);

    Instant add(Instant from, Duration duration);
  }

  private static final Counter CALENDAR_TIME =
      new Counter() {
        @Override
        public Duration between(Instant from, Instant to) {
          return Duration.between(from, to);
        }

        @Override
        public Instant add(Instant from, Duration duration) {
          return from.plus(duration);
        }
      };

  private static Counter businessTime(BusinessCalendar calendar) {
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

  /**
   * The numeric pass over one clock's phases and policy switches: elapsed counted time, due and
   * breach instants, warning and escalation marks; with {@code detailed} also the steps and their
   * texts for the report. The marks are computed in both cases: they cost nothing without marks,
   * and their calendar arithmetic can meet a calendar's coverage limit, which must fail alike.
   */
  private static void measure(Clock clock, Lookup lookup, Instant now, boolean detailed) {
    SlaPolicyHistory history = lookup.history;
    Instant end = clock.stop != null ? clock.stop : now;
    SlaPolicy structural = history.inForceAt(clock.start);
    SlaPolicy version = structural;
    List<Boundary> switches = null;
    for (SlaPolicy v : history.versions()) {
      if (v.version() <= version.version()
          || v.version() <= structural.version()
          || !v.effectiveFrom().isBefore(end)) {
        continue;
      }
      if (v.runningClocks() == RunningClockRule.APPLY_RETROACTIVELY) {
        version = v;
        if (switches != null) {
          switches.clear();
        }
      } else if (v.runningClocks() == RunningClockRule.APPLY_FORWARD) {
        if (switches == null) {
          switches = new ArrayList<>();
        }
        switches.add(new Boundary(v.effectiveFrom(), null, v));
      }
    }
    // without policy switches the boundaries are the phases, already in time order
    List<Boundary> boundaries = null;
    if (switches != null && !switches.isEmpty()) {
      boundaries = new ArrayList<>();
      for (Phase phase : clock.phases) {
        boundaries.add(new Boundary(phase.at(), phase, null));
      }
      boundaries.addAll(switches);
      boundaries.sort((a, b) -> a.at().compareTo(b.at()));
    }
    int count = boundaries != null ? boundaries.size() : clock.phases.size();

    Duration elapsed = clock.carryFrom != null ? clock.carryFrom.finalElapsed : Duration.ZERO;
    SlaPriority priority = clock.phases.get(0).priority();
    boolean running = false;
    SlaTarget target =
        lookup.target(structural, clock.metric, clock.regulatoryName, priority).orElseThrow();
    SlaTarget marked = null;
    List<SlaMark> marks = List.of();
    Instant breachedAt = null;
    Instant due = null;
    Instant[] reached = NO_INSTANTS;
    Instant[] projected = NO_INSTANTS;
    List<SlaClock.ClockStep> steps = detailed ? new ArrayList<>() : List.of();
    for (int i = 0; i < count; i++) {
      Phase phase = boundaries != null ? boundaries.get(i).phase() : clock.phases.get(i);
      Instant a = boundaries != null ? boundaries.get(i).at() : clock.phases.get(i).at();
      String event = "";
      if (phase != null) {
        running = phase.running();
        priority = phase.priority();
        event = phase.event();
        if (phase.reset()) {
          elapsed = Duration.ZERO;
          breachedAt = null;
          reached = reached.length == 0 ? NO_INSTANTS : new Instant[reached.length];
        }
      } else {
        // a boundary without a phase is a policy switch: it always carries the version
        version =
            Objects.requireNonNull(
                Objects.requireNonNull(boundaries).get(i).version(),
                "policy switch without a version");
        if (detailed) {
          event = "policy version " + version.version() + " applied forward";
        }
      }
      if (detailed && i == 0 && clock.carryFrom != null) {
        event = event + ", resuming " + elapsed + " from cycle " + clock.carryFrom.cycle;
      }
      target = lookup.target(version, clock.metric, clock.regulatoryName, priority).orElse(target);
      if (target != marked) {
        marked = target;
        if (target.warning().isEmpty() && target.escalations().isEmpty()) {
          marks = List.of();
        } else {
          List<SlaMark> all = new ArrayList<>();
          target.warning().ifPresent(all::add);
          all.addAll(target.escalations());
          marks = all;
        }
      }
      if (reached.length != marks.size()) {
        reached = marks.isEmpty() ? NO_INSTANTS : new Instant[marks.size()];
      }
      projected = marks.isEmpty() ? NO_INSTANTS : new Instant[marks.size()];
      Counter counter = lookup.counter(version, target);
      Duration goal = target.target();
      Instant movedDue = phase != null ? phase.movedDue() : null;
      if (movedDue != null) {
        Duration left = movedDue.isAfter(a) ? counter.between(a, movedDue) : Duration.ZERO;
        Duration used = goal.minus(left);
        if (used.compareTo(elapsed) > 0) {
          elapsed = used;
          if (movedDue.isBefore(a) && breachedAt == null) {
            breachedAt = a;
          }
        } else if (detailed) {
          event = event + " (later than this clock's own; no change)";
        }
      }
      if (detailed) {
        steps.add(new SlaClock.ClockStep(a, event, elapsed, goal, running));
      }
      if (breachedAt == null && elapsed.compareTo(goal) > 0) {
        breachedAt = a;
      }
      Instant b =
          i + 1 < count
              ? (boundaries != null ? boundaries.get(i + 1).at() : clock.phases.get(i + 1).at())
              : end;
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
    if (detailed && clock.stop != null) {
      steps.add(
          new SlaClock.ClockStep(clock.stop, clock.stopEvent, elapsed, target.target(), false));
    }
    clock.target = target;
    clock.version = version;
    clock.running = running;
    clock.due = due;
    clock.breachedAt = breachedAt;
    clock.marks = marks;
    clock.reached = reached;
    clock.projected = projected;
    clock.steps = steps;
  }
}
