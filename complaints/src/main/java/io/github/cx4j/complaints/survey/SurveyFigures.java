/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.survey;

import io.github.cx4j.complaints.kpi.Rate;
import java.util.Optional;

/**
 * Survey figures after resolution.
 *
 * @param sent surveys that became due (including invalidated ones)
 * @param answered valid answers
 * @param invalidated surveys invalidated by a reopen
 * @param responseRate answered over valid surveys sent (sent minus invalidated)
 * @param csat answers in the top two points of their scale, over answers
 * @param meanNormalised mean score mapped to 0..1 on its scale, if any answer
 * @param withReason answers that gave a reason
 */
public record SurveyFigures(
    long sent,
    long answered,
    long invalidated,
    Rate responseRate,
    Rate csat,
    Optional<Double> meanNormalised,
    long withReason) {}
