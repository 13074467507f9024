/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import java.time.LocalDate;

/**
 * A date that an official schedule declares a public holiday or an extra (make-up) working day.
 *
 * @param date the local date
 * @param kind holiday or working day
 * @param name the occasion, for example {@code "Spring Festival / 春节"}
 * @param source the notice or library that declares it
 */
public record OfficialDay(LocalDate date, OfficialDayKind kind, String name, String source) {}
