/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.automation;

import io.github.cx4j.complaints.sla.TimeBasis;
import io.github.cx4j.complaints.timely.WarningLevel;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A named trigger and action; plain data (JSON-readable records).
 *
 * @param name the automation's name, used in the commands it issues
 * @param trigger when it fires
 * @param action what it does
 */
public record Automation(String name, Trigger trigger, Action action) {

  /** Checks the fields. */
  public Automation {
    if (name == null || name.isBlank()) {
      throw CxValidationException.of("Automation.name", "not be blank", name);
    }
    if (trigger == null) {
      throw CxValidationException.of("Automation.trigger", "be present", name);
    }
    if (action == null) {
      throw CxValidationException.of("Automation.action", "be present", name);
    }
  }

  /**
   * Close a solved complaint after a calendar delay.
   *
   * @param after the delay, 7 days in the standard set
   * @return the automation
   */
  public static Automation autoClose(Duration after) {
    return new Automation(
        "auto-close",
        new Trigger.After(
            Set.of(StatusCategory.SOLVED), Anchor.SOLVED, after, TimeBasis.CALENDAR, false),
        new Action.Close());
  }

  /**
   * Remind a pending complainant after a business-time delay, and again after each reminder.
   *
   * @param after the delay, 3 business days in the standard set
   * @return the automation
   */
  public static Automation pendingReminder(Duration after) {
    return new Automation(
        "pending-reminder",
        new Trigger.After(
            Set.of(StatusCategory.PENDING),
            Anchor.STATUS_OR_REMINDER,
            after,
            TimeBasis.BUSINESS,
            false),
        new Action.Remind("We are waiting for your reply to continue with your complaint."));
  }

  /**
   * Escalate when any SLA clock reaches a warning level.
   *
   * @param level the level
   * @return the automation
   */
  public static Automation escalateOnWarning(WarningLevel level) {
    return new Automation(
        "sla-level-" + level.level(),
        new Trigger.ClockLevel(Optional.empty(), level),
        new Action.Escalate(level.level()));
  }

  /**
   * Send the survey a calendar delay after solving, unless a valid one was sent.
   *
   * @param after the delay
   * @param scale the survey's scale
   * @return the automation
   */
  public static Automation surveyAfterResolution(Duration after, RatingScale scale) {
    return new Automation(
        "survey-after-resolution",
        new Trigger.After(
            Set.of(StatusCategory.SOLVED, StatusCategory.CLOSED),
            Anchor.SOLVED,
            after,
            TimeBasis.CALENDAR,
            true),
        new Action.SendSurvey(scale));
  }

  /**
   * The three standard automations: auto-close after 7 days solved, a reminder after 3 business
   * days pending, and escalation at the standard warning levels (75%: level 1, breach: level 2).
   *
   * @return the automations
   */
  public static List<Automation> standard() {
    List<Automation> out = new ArrayList<>();
    out.add(autoClose(Duration.ofDays(7)));
    out.add(pendingReminder(Duration.ofHours(3 * 8)));
    for (WarningLevel w : WarningLevel.standard()) {
      out.add(escalateOnWarning(w));
    }
    return List.copyOf(out);
  }
}
