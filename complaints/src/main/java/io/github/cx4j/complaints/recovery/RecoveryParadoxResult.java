/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.recovery;

import java.util.Optional;

/**
 * The recovery-paradox analysis: do customers whose failure was recovered end more satisfied than
 * customers who had no failure?
 *
 * @param noFailure the no-failure group
 * @param recovered the recovered group
 * @param notRecovered the not-recovered group, if any such customers were given
 * @param paradox recovered minus no-failure (Welch)
 * @param recoveryEffect recovered minus not-recovered (Welch), if both groups have two or more
 *     customers
 * @param verdict the verdict on {@link #paradox()} at its confidence level
 */
public record RecoveryParadoxResult(
    GroupSummary noFailure,
    GroupSummary recovered,
    Optional<GroupSummary> notRecovered,
    MeanDifference paradox,
    Optional<MeanDifference> recoveryEffect,
    ParadoxVerdict verdict) {}
