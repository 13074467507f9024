/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.routing;

import java.util.List;

/**
 * The assignments of a batch and the team's state after them.
 *
 * @param assignments one per request, in request order
 * @param team the state after the batch
 */
public record RoutingResult(List<Assignment> assignments, TeamState team) {

  /** Copies the list. */
  public RoutingResult {
    assignments = List.copyOf(assignments);
  }
}
