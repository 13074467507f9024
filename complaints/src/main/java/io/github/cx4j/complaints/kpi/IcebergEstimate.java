/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

/**
 * The iceberg estimate with the assumptions it rests on; see {@link Iceberg} for the caveat.
 *
 * @param complaints the complaints received
 * @param complaintRate the assumed share of dissatisfied customers who complain
 * @param tellOthersShare the assumed share who tell others
 * @param listenersPerTeller the assumed people reached per teller
 * @param dissatisfied estimated dissatisfied customers: complaints / complaintRate
 * @param silent estimated dissatisfied customers who did not complain
 * @param tellers estimated dissatisfied customers who tell others
 * @param wordOfMouthReach estimated people who hear about the dissatisfaction
 */
public record IcebergEstimate(
    long complaints,
    double complaintRate,
    double tellOthersShare,
    double listenersPerTeller,
    double dissatisfied,
    double silent,
    double tellers,
    double wordOfMouthReach) {}
