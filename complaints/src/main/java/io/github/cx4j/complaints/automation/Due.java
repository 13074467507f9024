/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.automation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link AutomationEngine#due}: the commands due now and when to look again.
 *
 * @param commands the due commands, in the automations' order
 * @param nextWakeUp the earliest instant after now at which another automation will be due, if the
 *     state does not change before; empty if nothing will ever be due unless it changes
 */
public record Due(List<DueCommand> commands, Optional<Instant> nextWakeUp) {

  /** Copies the commands. */
  public Due {
    commands = List.copyOf(commands);
  }
}
