/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.routing;

import io.github.cx4j.core.CxValidationException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A team's routing state: open complaints per agent and the last agent each round-robin queue
 * picked.
 *
 * @param open open complaints per agent id (missing agents have none)
 * @param lastPicked per queue, the index in its members of the last agent picked
 */
public record TeamState(Map<String, Integer> open, Map<String, Integer> lastPicked) {

  /** Checks and copies the maps. */
  public TeamState {
    open = Map.copyOf(open);
    lastPicked = Map.copyOf(lastPicked);
    for (Map.Entry<String, Integer> e : open.entrySet()) {
      if (e.getValue() < 0) {
        throw CxValidationException.of(
            "TeamState.open", "not be negative for " + e.getKey(), e.getValue());
      }
    }
  }

  /**
   * A team with no open complaints.
   *
   * @return the state
   */
  public static TeamState empty() {
    return new TeamState(Map.of(), Map.of());
  }

  /**
   * Open complaints of an agent.
   *
   * @param agentId the agent
   * @return the count
   */
  public int openOf(String agentId) {
    return open.getOrDefault(agentId, 0);
  }

  /**
   * This state after an agent's complaint was solved, closed or handed on.
   *
   * @param agentId the agent
   * @return the new state
   */
  public TeamState released(String agentId) {
    Map<String, Integer> o = new TreeMap<>(open);
    o.put(agentId, Math.max(0, openOf(agentId) - 1));
    return new TeamState(o, lastPicked);
  }
}
