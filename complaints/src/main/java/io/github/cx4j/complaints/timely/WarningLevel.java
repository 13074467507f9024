/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.timely;

import io.github.cx4j.core.CxValidationException;
import java.util.List;

/**
 * An escalation level reached once a share of an SLA target is used.
 *
 * @param fraction the share of the target's duration used, above 0 and at most 1 (1 is the breach)
 * @param level the escalation level, 1 or more
 */
public record WarningLevel(double fraction, int level) {

  /** Checks the fields. */
  public WarningLevel {
    if (!(fraction > 0 && fraction <= 1)) {
      throw CxValidationException.of("WarningLevel.fraction", "be in (0, 1]", fraction);
    }
    if (level < 1) {
      throw CxValidationException.of("WarningLevel.level", "be at least 1", level);
    }
  }

  /**
   * The common levels: a warning at 75% of a target (level 1) and the breach (level 2).
   *
   * @return the two levels
   */
  public static List<WarningLevel> standard() {
    return List.of(new WarningLevel(0.75, 1), new WarningLevel(1.0, 2));
  }
}
