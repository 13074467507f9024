/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.concept.CustomerState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Built-in escalation rules. Timeliness (course file "Customer Relationship Management": "escalate
 * to a supervisor quickly when needed") and ISO 10002:2018 clause 8.5 (severity and safety drive
 * urgency) motivate them.
 */
public final class EscalationRules {
  private EscalationRules() {}

  /**
   * Escalate a complaint whose register raises the safety flag.
   *
   * @param level the level to escalate to
   * @return the rule
   */
  public static EscalationRule safetyFlag(int level) {
    requireLevel(level);
    return (c, now, time) ->
        c.register().safetyFlag()
            ? Optional.of(new EscalationDue(level, "safety-flag", "the safety flag is raised"))
            : Optional.empty();
  }

  /**
   * Escalate a complaint whose complainant was last recognised as irate (course file "Customer
   * Relationship Management": "escalate to a supervisor quickly when needed").
   *
   * @param level the level
   * @return the rule
   */
  public static EscalationRule irateCustomer(int level) {
    requireLevel(level);
    return (c, now, time) ->
        c.customerState().filter(s -> s == CustomerState.IRATE).isPresent()
            ? Optional.of(new EscalationDue(level, "irate-customer", "the customer is irate"))
            : Optional.empty();
  }

  /**
   * Escalate when the complaint's SLA clocks reach an escalation level (the warning levels of
   * {@code complaints.timely}: 75% of a target is level 1 and the breach level 2 by default), once
   * per level and in order: {@link ComplaintCommand.EvaluateEscalations} with clock levels records
   * one escalation for each level reached above the current one. Without clock levels it yields
   * nothing.
   *
   * @return the rule
   */
  public static EscalationRule slaLevels() {
    return SlaLevels.INSTANCE;
  }

  /** The rule of {@link #slaLevels()}; the workflow steps through its levels. */
  static final class SlaLevels implements EscalationRule {
    static final SlaLevels INSTANCE = new SlaLevels();

    private SlaLevels() {}

    @Override
    public Optional<EscalationDue> evaluate(Complaint complaint, Instant now, ElapsedTime time) {
      return Optional.empty();
    }

    @Override
    public Optional<EscalationDue> evaluate(
        Complaint complaint,
        Instant now,
        ElapsedTime time,
        Optional<List<ClockLevel>> clockLevels) {
      List<EscalationDue> steps = steps(clockLevels.orElse(List.of()), 0);
      return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** One escalation per level above {@code current}, ascending, with the first clock's reason. */
    static List<EscalationDue> steps(List<ClockLevel> levels, int current) {
      java.util.TreeMap<Integer, ClockLevel> byLevel = new java.util.TreeMap<>();
      for (ClockLevel l : levels) {
        byLevel.putIfAbsent(l.level(), l);
      }
      List<EscalationDue> out = new java.util.ArrayList<>();
      for (ClockLevel l : byLevel.tailMap(current, false).values()) {
        out.add(new EscalationDue(l.level(), "sla-level-" + l.level(), l.reason()));
      }
      return out;
    }
  }

  /** A time-limit rule: it judges timeliness only where no SLA applies. */
  private static EscalationRule timeLimit(EscalationRule limit) {
    return new EscalationRule() {
      @Override
      public Optional<EscalationDue> evaluate(Complaint c, Instant now, ElapsedTime time) {
        return limit.evaluate(c, now, time);
      }

      @Override
      public Optional<EscalationDue> evaluate(
          Complaint c, Instant now, ElapsedTime time, Optional<List<ClockLevel>> clockLevels) {
        return clockLevels.isPresent() ? Optional.empty() : limit.evaluate(c, now, time);
      }
    };
  }

  /**
   * Escalate a complaint not acknowledged within a time limit, where no SLA applies (with SLA clock
   * levels the SLA judges timeliness and this rule yields nothing).
   *
   * @param limit the limit, positive
   * @param level the level
   * @return the rule
   */
  public static EscalationRule notAcknowledgedWithin(Duration limit, int level) {
    requireLevel(level);
    requireLimit(limit);
    return timeLimit(
        (c, now, time) -> {
          if (c.acknowledgedAt().isPresent()) {
            return Optional.empty();
          }
          Duration waited = time.between(c.receivedAt(), now);
          return waited.compareTo(limit) >= 0
              ? Optional.of(
                  new EscalationDue(
                      level,
                      "not-acknowledged",
                      "not acknowledged after " + waited + ", limit " + limit))
              : Optional.empty();
        });
  }

  /**
   * Escalate a complaint not solved within a time limit of its receipt, where no SLA applies (with
   * SLA clock levels the SLA judges timeliness and this rule yields nothing).
   *
   * @param limit the limit, positive
   * @param level the level
   * @return the rule
   */
  public static EscalationRule notSolvedWithin(Duration limit, int level) {
    requireLevel(level);
    requireLimit(limit);
    return timeLimit(
        (c, now, time) -> {
          if (!c.active()) {
            return Optional.empty();
          }
          Duration waited = time.between(c.receivedAt(), now);
          return waited.compareTo(limit) >= 0
              ? Optional.of(
                  new EscalationDue(
                      level, "not-solved", "not solved after " + waited + ", limit " + limit))
              : Optional.empty();
        });
  }

  /**
   * Escalate a complaint that has bounced at least a number of times.
   *
   * @param bounces the threshold, at least 1
   * @param level the level
   * @return the rule
   */
  public static EscalationRule bouncedAtLeast(int bounces, int level) {
    requireLevel(level);
    if (bounces < 1) {
      throw CxValidationException.of("EscalationRules.bounces", "be at least 1", bounces);
    }
    return (c, now, time) ->
        c.bounces() >= bounces
            ? Optional.of(
                new EscalationDue(
                    level, "bounced", "bounced " + c.bounces() + " times, limit " + bounces))
            : Optional.empty();
  }

  /**
   * Escalate a complaint assessed at this priority or a more urgent one.
   *
   * @param priority the threshold ({@link Priority#CRITICAL} is the most urgent)
   * @param level the level
   * @return the rule
   */
  public static EscalationRule priorityAtLeast(Priority priority, int level) {
    requireLevel(level);
    Checks.present(priority, "EscalationRules.priority");
    return (c, now, time) ->
        c.classification().isPresent()
                && c.classification().get().priority().ordinal() <= priority.ordinal()
            ? Optional.of(
                new EscalationDue(
                    level, "priority", "priority " + c.classification().get().priority()))
            : Optional.empty();
  }

  /**
   * The default rules: the SLA clocks' levels ({@link #slaLevels()}), safety flag to level 2, an
   * irate customer to level 1, not acknowledged within a day to level 1 and not solved within 14
   * days to level 1 (both only where no SLA applies), two bounces to level 1, critical priority to
   * level 2.
   *
   * @return the rules
   */
  public static List<EscalationRule> defaults() {
    return List.of(
        slaLevels(),
        safetyFlag(2),
        irateCustomer(1),
        notAcknowledgedWithin(Duration.ofDays(1), 1),
        notSolvedWithin(Duration.ofDays(14), 1),
        bouncedAtLeast(2, 1),
        priorityAtLeast(Priority.CRITICAL, 2));
  }

  static Optional<EscalationDue> highest(
      List<EscalationRule> rules,
      Complaint c,
      Instant now,
      ElapsedTime time,
      Optional<List<ClockLevel>> clockLevels) {
    EscalationDue best = null;
    for (EscalationRule rule : rules) {
      if (rule instanceof SlaLevels) {
        continue;
      }
      Optional<EscalationDue> due = rule.evaluate(c, now, time, clockLevels);
      if (due.isPresent() && (best == null || due.get().level() > best.level())) {
        best = due.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private static void requireLevel(int level) {
    if (level < 1) {
      throw CxValidationException.of("EscalationRules.level", "be at least 1", level);
    }
  }

  private static void requireLimit(Duration limit) {
    Checks.present(limit, "EscalationRules.limit");
    if (limit.isNegative() || limit.isZero()) {
      throw CxValidationException.of("EscalationRules.limit", "be positive", limit);
    }
  }
}
