/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.automation;

import io.github.cx4j.complaints.sla.ClockStatus;
import io.github.cx4j.complaints.sla.TimeBasis;
import io.github.cx4j.complaints.timely.ClockVerdict;
import io.github.cx4j.complaints.timely.Timeliness;
import io.github.cx4j.complaints.timely.WarningLevel;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.SurveyState;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates automations: {@link #due(CaseState, Instant)} is a pure function of the complaint's
 * state and the instant. Immutable and thread-safe.
 */
public final class AutomationEngine {
  private final List<Automation> automations;
  private final TimeCounter business;
  private final Employee system;

  private AutomationEngine(List<Automation> automations, TimeCounter business, Employee system) {
    this.automations = List.copyOf(automations);
    this.business = business;
    this.system = system;
  }

  /**
   * An engine.
   *
   * @param automations the automations, in evaluation order; names unique
   * @param business how business time is counted (usually {@link TimeCounter#of} the support
   *     calendar)
   * @param system the employee the automations act as (who closes a complaint)
   * @return the engine
   * @throws CxValidationException for duplicate names
   */
  public static AutomationEngine of(
      List<Automation> automations, TimeCounter business, Employee system) {
    Set<String> names = new HashSet<>();
    for (Automation a : automations) {
      if (!names.add(a.name())) {
        throw CxValidationException.of(
            "AutomationEngine.automations", "have unique names", a.name());
      }
    }
    return new AutomationEngine(automations, business, system);
  }

  /**
   * The automations.
   *
   * @return them, in order
   */
  public List<Automation> automations() {
    return automations;
  }

  /**
   * The commands due for a complaint at an instant, and the next instant anything will be due.
   *
   * @param state the complaint (and its clocks, evaluated at {@code now})
   * @param now the instant
   * @return the due commands and the next wake-up
   */
  public Due due(CaseState state, Instant now) {
    Complaint c = state.complaint();
    @Nullable List<DueCommand> out = null;
    @Nullable Instant wake = null;
    for (Automation a : automations) {
      Trigger t = a.trigger();
      if (t instanceof Trigger.After after) {
        if (!after.statuses().contains(c.status())
            || (after.withoutValidSurvey() && hasValidSurvey(c))) {
          continue;
        }
        Optional<Instant> anchor = after.anchor().of(c);
        if (anchor.isEmpty()) {
          continue;
        }
        Instant dueAt =
            after.basis() == TimeBasis.CALENDAR
                ? anchor.get().plus(after.delay())
                : business.add(anchor.get(), after.delay());
        if (dueAt.isAfter(now)) {
          wake = earlier(wake, dueAt);
        } else {
          out =
              add(
                  out,
                  command(a, c, dueAt, Optional.empty(), after.delay() + " after " + anchor.get()));
        }
      } else if (t instanceof Trigger.ClockLevel cl) {
        if (!c.active() || c.escalationLevel() >= cl.level().level() || state.clocks().isEmpty()) {
          continue;
        }
        List<WarningLevel> one = List.of(cl.level());
        @Nullable ClockVerdict fired = null;
        for (ClockStatus clock : state.clocks().get().clocks()) {
          if (cl.target().isPresent() && !cl.target().get().equals(clock.target())) {
            continue;
          }
          ClockVerdict v = Timeliness.of(clock, one);
          if (v.reached().isPresent()) {
            if (fired == null) {
              fired = v;
            }
          } else if (v.remainingToNext().isPresent()) {
            Duration left = v.remainingToNext().get();
            wake =
                earlier(
                    wake,
                    clock.basis() == TimeBasis.CALENDAR ? now.plus(left) : business.add(now, left));
          }
        }
        if (fired != null) {
          out = add(out, command(a, c, now, Optional.of(cl.level()), fired.explain()));
        }
      }
    }
    return new Due(out == null ? List.of() : out, Optional.ofNullable(wake));
  }

  private DueCommand command(
      Automation a, Complaint c, Instant dueSince, Optional<WarningLevel> level, String reason) {
    Action action = a.action();
    ComplaintCommand command;
    if (action instanceof Action.Close) {
      command = new ComplaintCommand.Close(c.id(), system, Optional.empty());
    } else if (action instanceof Action.Remind r) {
      command = new ComplaintCommand.SendReminder(c.id(), a.name(), r.message());
    } else if (action instanceof Action.Escalate e) {
      command =
          new ComplaintCommand.EscalateByRule(
              c.id(), level.map(WarningLevel::level).orElse(e.level()), a.name(), reason);
    } else {
      command = new ComplaintCommand.ScheduleSurvey(c.id(), ((Action.SendSurvey) action).scale());
    }
    return new DueCommand(a.name(), dueSince, command, reason);
  }

  private static boolean hasValidSurvey(Complaint c) {
    Optional<SurveyState> s = c.survey();
    return s.isPresent() && s.get().status() != SurveyState.Status.INVALIDATED;
  }

  private static List<DueCommand> add(@Nullable List<DueCommand> out, DueCommand d) {
    List<DueCommand> list = out == null ? new ArrayList<>(2) : out;
    list.add(d);
    return list;
  }

  private static Instant earlier(@Nullable Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
