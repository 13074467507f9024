/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.complaints.workflow.RootCauseOrigin;
import io.github.cx4j.core.Money;
import java.util.Map;
import java.util.Optional;

/**
 * Complaint KPIs over a set of complaints (ISO 10002:2018 clause 9.3 monitoring; helpdesk
 * practice).
 *
 * @param complaints the number of complaints
 * @param distinctCustomers the number of distinct complaining customers
 * @param per1000Customers complaints per 1,000 customers, if the customer base was given
 * @param firstContactResolution complaints with no repeat complaint of the same customer and
 *     category within the repeat window, over all complaints
 * @param repeatWindowDays the repeat window used
 * @param timeToAcknowledge from receipt to acknowledgement
 * @param timeToFirstResponse from receipt to the first reply
 * @param timeToResolution from receipt to (the last) solving
 * @param reopenRate complaints reopened at least once
 * @param bounceRate complaints that bounced at least once between departments
 * @param meanBounces mean bounces per complaint
 * @param escalationRate complaints escalated at least once
 * @param upheldRate upheld over upheld plus not upheld (complaints whose merits were decided)
 * @param redressPaid total redress per currency
 * @param satisfactionAfterResolution normalised satisfaction after resolution
 * @param recurrenceByRootCause complaints per root-cause origin and recurrence class
 * @param recurringShareByRootCause per origin, the share of assessed complaints whose cause is
 *     recurring or systemic
 * @param unassessed complaints without a root cause
 */
public record KpiReport(
    long complaints,
    long distinctCustomers,
    Optional<Double> per1000Customers,
    Rate firstContactResolution,
    int repeatWindowDays,
    DurationStats timeToAcknowledge,
    DurationStats timeToFirstResponse,
    DurationStats timeToResolution,
    Rate reopenRate,
    Rate bounceRate,
    double meanBounces,
    Rate escalationRate,
    Rate upheldRate,
    Map<String, Money> redressPaid,
    SatisfactionStats satisfactionAfterResolution,
    Map<RootCauseOrigin, Map<Recurrence, Long>> recurrenceByRootCause,
    Map<RootCauseOrigin, Rate> recurringShareByRootCause,
    long unassessed) {}
