/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One ordered rule of a policy: a condition on the complaint's attributes (every named attribute
 * must have one of the listed values; no condition is the fallback), the targets that apply when it
 * matches, and optionally the calendar to use.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSlaRule.class)
@JsonDeserialize(as = ImmutableSlaRule.class)
public interface SlaRule {

  /**
   * The rule's name, shown in explanations.
   *
   * @return the name
   */
  String name();

  /**
   * The condition: attribute name to accepted values; empty matches every complaint.
   *
   * @return the condition
   */
  Map<String, Set<String>> when();

  /**
   * The targets.
   *
   * @return the targets
   */
  List<SlaTarget> targets();

  /**
   * The calendar name for this rule; empty to use the team's or the policy's.
   *
   * @return the calendar name
   */
  Optional<String> calendar();

  /**
   * A builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a rule. */
  final class Builder extends ImmutableSlaRule.Builder {}

  /**
   * Whether the rule matches.
   *
   * @param attributes the complaint's attributes
   * @return true when every condition holds
   */
  default boolean matches(Map<String, String> attributes) {
    for (Map.Entry<String, Set<String>> condition : when().entrySet()) {
      String value = attributes.get(condition.getKey());
      if (value == null || !condition.getValue().contains(value)) {
        return false;
      }
    }
    return true;
  }
}
