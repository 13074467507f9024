/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.util.List;

/**
 * The versions of one policy in order, each with the instant it takes effect and its rule for
 * running clocks.
 *
 * @param versions the versions, with increasing version numbers and effective instants
 */
public record SlaPolicyHistory(List<SlaPolicy> versions) {

  /**
   * Checks the order.
   *
   * @param versions the versions
   */
  public SlaPolicyHistory {
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw CxValidationException.of("SlaPolicyHistory.versions", "not be empty", versions);
    }
    for (int i = 1; i < versions.size(); i++) {
      SlaPolicy previous = versions.get(i - 1);
      SlaPolicy next = versions.get(i);
      if (!next.id().equals(previous.id())
          || next.version() <= previous.version()
          || !next.effectiveFrom().isAfter(previous.effectiveFrom())) {
        throw CxValidationException.of(
            "SlaPolicyHistory.versions",
            "share one id with increasing versions and effective instants, at version "
                + next.version(),
            next.id() + " v" + next.version() + " from " + next.effectiveFrom());
      }
    }
  }

  /**
   * A history of one version.
   *
   * @param policy the only version
   * @return the history
   */
  public static SlaPolicyHistory of(SlaPolicy policy) {
    return new SlaPolicyHistory(List.of(policy));
  }

  /**
   * The version in force at an instant: the latest one effective at or before it (the first version
   * before its own effective instant).
   *
   * @param at the instant
   * @return the version
   */
  public SlaPolicy inForceAt(Instant at) {
    SlaPolicy current = versions.get(0);
    for (SlaPolicy v : versions) {
      if (!v.effectiveFrom().isAfter(at)) {
        current = v;
      }
    }
    return current;
  }
}
