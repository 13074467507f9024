/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.automation;

import io.github.cx4j.complaints.workflow.ComplaintCommand;
import java.time.Instant;

/**
 * A command an automation says is due.
 *
 * @param automation the automation's name
 * @param dueSince when it became due
 * @param command the command, to give to {@code ComplaintWorkflow.decide}
 * @param reason why it is due
 */
public record DueCommand(
    String automation, Instant dueSince, ComplaintCommand command, String reason) {}
