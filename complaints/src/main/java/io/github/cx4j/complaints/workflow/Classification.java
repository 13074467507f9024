/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

/**
 * The result of the initial assessment (ISO 10002:2018 clause 8.5): the complaint's category, its
 * root cause and its priority from the impact x urgency matrix.
 *
 * @param category the caller's category code, for example {@code "food-quality"}
 * @param rootCause the root cause
 * @param impact the impact
 * @param urgency the urgency
 * @param priority the priority that the policy's {@link PriorityMatrix} gives impact and urgency
 */
public record Classification(
    String category, RootCause rootCause, Impact impact, Urgency urgency, Priority priority) {

  /** Checks the fields are present. */
  public Classification {
    Checks.text(category, "Classification.category");
    Checks.present(rootCause, "Classification.rootCause");
    Checks.present(impact, "Classification.impact");
    Checks.present(urgency, "Classification.urgency");
    Checks.present(priority, "Classification.priority");
  }
}
