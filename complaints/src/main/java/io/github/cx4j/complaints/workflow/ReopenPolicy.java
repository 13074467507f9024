/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxValidationException;
import java.time.Duration;

/**
 * What happens when a solved or closed complaint is reopened, after helpdesk practice (Zendesk
 * follow-ups, Zammad reopen windows). A customer reply always reopens a solved complaint; this
 * policy governs explicit {@link ComplaintCommand.Reopen} commands.
 *
 * @param mode the rule
 * @param window for {@link Mode#REOPEN_WITHIN}: how long after solving (or closing) a reopen is
 *     allowed; zero otherwise
 */
public record ReopenPolicy(Mode mode, Duration window) {

  /** The reopen rules. */
  public enum Mode {
    /** Solved and closed complaints may always be reopened. */
    REOPEN,
    /** Reopening is allowed within the window; after it a linked follow-up is opened instead. */
    REOPEN_WITHIN,
    /** A solved complaint is reopened; a closed one always gets a linked follow-up. */
    FOLLOW_UP
  }

  /** Checks the window. */
  public ReopenPolicy {
    Checks.present(mode, "ReopenPolicy.mode");
    Checks.present(window, "ReopenPolicy.window");
    if (window.isNegative()) {
      throw CxValidationException.of("ReopenPolicy.window", "not be negative", window);
    }
    if (mode == Mode.REOPEN_WITHIN && window.isZero()) {
      throw CxValidationException.of(
          "ReopenPolicy.window", "be positive for REOPEN_WITHIN", window);
    }
  }

  /**
   * Always reopen.
   *
   * @return the policy
   */
  public static ReopenPolicy reopen() {
    return new ReopenPolicy(Mode.REOPEN, Duration.ZERO);
  }

  /**
   * Reopen within a number of days of solving, else a linked follow-up.
   *
   * @param days the window in calendar days (or in the policy's {@link ElapsedTime}), at least 1
   * @return the policy
   */
  public static ReopenPolicy reopenWithinDays(int days) {
    if (days < 1) {
      throw CxValidationException.of("ReopenPolicy.window", "be at least 1 day", days);
    }
    return new ReopenPolicy(Mode.REOPEN_WITHIN, Duration.ofDays(days));
  }

  /**
   * Reopen solved complaints, follow up closed ones.
   *
   * @return the policy
   */
  public static ReopenPolicy followUp() {
    return new ReopenPolicy(Mode.FOLLOW_UP, Duration.ZERO);
  }
}
