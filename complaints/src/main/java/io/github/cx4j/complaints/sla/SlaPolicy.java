/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One version of an SLA policy: ordered rules (first match wins, the last rule is the fallback),
 * calendars per policy and per team, what pauses each metric, what counts as a response, what a
 * reopen and a priority change do, and what this version does to clocks already running when it
 * takes effect.
 *
 * <p>Defaults: response metrics (acknowledgement, first, next response, periodic update) pause in
 * PENDING; resolution and regulatory clocks never pause; requester wait pauses in PENDING; agent
 * work time pauses in PENDING and ON_HOLD. Acknowledgements may be automatic; the other response
 * metrics need a public message written by an agent. Reopen starts a new cycle; a priority change
 * keeps the elapsed time.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSlaPolicy.class)
@JsonDeserialize(as = ImmutableSlaPolicy.class)
public interface SlaPolicy {

  /**
   * The policy's identifier, shared by all its versions.
   *
   * @return the id
   */
  String id();

  /**
   * The version number, increasing.
   *
   * @return the version, 1 or more
   */
  int version();

  /**
   * When this version takes effect.
   *
   * @return the instant
   */
  Instant effectiveFrom();

  /**
   * What this version does to clocks running when it takes effect.
   *
   * @return the rule
   */
  @Value.Default
  default RunningClockRule runningClocks() {
    return RunningClockRule.KEEP;
  }

  /**
   * The ordered rules; the last must have no condition.
   *
   * @return the rules
   */
  List<SlaRule> rules();

  /**
   * The policy's calendar name.
   *
   * @return the name of a calendar passed to {@link SlaClocks#evaluate}
   */
  String calendar();

  /**
   * Calendar names per team (the complaint attribute {@code team}); rules may override.
   *
   * @return team to calendar name
   */
  Map<String, String> teamCalendars();

  /**
   * The pause matrix: for each metric, the status categories in which its clocks pause. Metrics
   * missing here use the defaults in the type's description.
   *
   * @return metric to pausing statuses
   */
  Map<SlaMetric, Set<SlaStatus>> pauses();

  /**
   * What counts as a response, per response metric; missing metrics use the defaults.
   *
   * @return metric to rule
   */
  Map<SlaMetric, ResponseRule> responses();

  /**
   * What a reopen does.
   *
   * @return the mode
   */
  @Value.Default
  default ReopenMode reopen() {
    return ReopenMode.NEW_CYCLE;
  }

  /**
   * What a priority change does.
   *
   * @return the mode
   */
  @Value.Default
  default PriorityChangeMode priorityChange() {
    return PriorityChangeMode.KEEP_ELAPSED;
  }

  /**
   * A builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a policy version. */
  final class Builder extends ImmutableSlaPolicy.Builder {}

  /**
   * Reads the JSON form strictly (an unknown field, a field given twice or text after the end is an
   * error), as {@code cx4j complaints sla --policy} does.
   *
   * @param json the text
   * @param origin the file name, which starts every message
   * @return the policy
   * @throws CxValidationException {@code ORIGIN:LINE:COLUMN: what is wrong} (line and column from
   *     1), in the words of the JSON form as for {@link BusinessCalendar#fromJson(String, String)}
   */
  static SlaPolicy fromJson(String json, String origin) {
    return SlaJson.read(json, origin, SlaPolicy.class, "SlaPolicy.json", "policy");
  }

  /**
   * The statuses in which a metric's clocks pause.
   *
   * @param metric the metric
   * @return the statuses, from {@link #pauses()} or the defaults
   */
  default Set<SlaStatus> pausedIn(SlaMetric metric) {
    Set<SlaStatus> configured = pauses().get(metric);
    if (configured != null) {
      return configured;
    }
    switch (metric) {
      case RESOLUTION:
      case REGULATORY:
        return EnumSet.noneOf(SlaStatus.class);
      case AGENT_WORK_TIME:
        return EnumSet.of(SlaStatus.PENDING, SlaStatus.ON_HOLD);
      default:
        return EnumSet.of(SlaStatus.PENDING);
    }
  }

  /**
   * What counts as a response for a metric.
   *
   * @param metric a response metric
   * @return the rule, from {@link #responses()} or the default
   */
  default ResponseRule responseRule(SlaMetric metric) {
    ResponseRule configured = responses().get(metric);
    if (configured != null) {
      return configured;
    }
    return metric == SlaMetric.ACKNOWLEDGEMENT
        ? ResponseRule.ANY_PUBLIC_ACKNOWLEDGEMENT
        : ResponseRule.HUMAN_PUBLIC_REPLY;
  }

  /**
   * The first rule that matches a complaint.
   *
   * @param attributes the complaint's attributes
   * @return the rule (the fallback at worst)
   */
  default SlaRule ruleFor(Map<String, String> attributes) {
    for (SlaRule rule : rules()) {
      if (rule.matches(attributes)) {
        return rule;
      }
    }
    throw new IllegalStateException("the fallback rule always matches");
  }

  /**
   * The calendar name for a complaint: the rule's, else the team's, else the policy's.
   *
   * @param attributes the complaint's attributes
   * @return the calendar name
   */
  default String calendarFor(Map<String, String> attributes) {
    SlaRule rule = ruleFor(attributes);
    if (rule.calendar().isPresent()) {
      return rule.calendar().get();
    }
    String team = attributes.get("team");
    if (team != null && teamCalendars().containsKey(team)) {
      return teamCalendars().get(team);
    }
    return calendar();
  }

  /**
   * The target of a metric (and regulatory name) at a priority in the matching rule: the priority's
   * own target, else the target for every priority.
   *
   * @param attributes the complaint's attributes
   * @param metric the metric
   * @param name the regulatory name, empty for other metrics
   * @param priority the priority
   * @return the target, if the rule has one
   */
  default Optional<SlaTarget> targetFor(
      Map<String, String> attributes,
      SlaMetric metric,
      Optional<String> name,
      SlaPriority priority) {
    SlaTarget any = null;
    for (SlaTarget target : ruleFor(attributes).targets()) {
      if (target.metric() != metric || !target.name().equals(name)) {
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

  /** Checks the rules. */
  @Value.Check
  default void check() {
    if (version() < 1) {
      throw CxValidationException.of("SlaPolicy.version", "be 1 or more", version());
    }
    if (rules().isEmpty() || !rules().get(rules().size() - 1).when().isEmpty()) {
      throw CxValidationException.of(
          "SlaPolicy.rules",
          "end with a fallback rule without conditions",
          rules().isEmpty() ? "[]" : rules().get(rules().size() - 1).name());
    }
  }
}
