/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * A running clock that will breach its target soon unless something happens.
 *
 * @param complaintId the complaint
 * @param target the target (metric code or regulatory clock name)
 * @param due when it breaches
 * @param untilDue wall-clock time from now to the due instant
 * @param remaining counted (business or calendar) time left
 */
public record ComingBreach(
    String complaintId, String target, Instant due, Duration untilDue, Duration remaining) {}
