/**
 * Complaint KPIs as pure functions over complaint event streams (or the final states or columns
 * derived from them), and the "iceberg" estimate of unseen dissatisfied customers.
 *
 * <p>Entry points: {@link io.github.cx4j.complaints.kpi.ComplaintKpis#fromEvents}, {@link
 * io.github.cx4j.complaints.kpi.ComplaintKpis#of(java.util.Collection,
 * io.github.cx4j.complaints.kpi.KpiOptions)}, {@link
 * io.github.cx4j.complaints.kpi.ComplaintKpis#of(io.github.cx4j.complaints.kpi.ComplaintColumns,
 * io.github.cx4j.complaints.kpi.KpiOptions)} (the fast column path), {@link
 * io.github.cx4j.complaints.kpi.Iceberg#estimate}. Sources: ISO 10002:2018 clause 9 (monitoring)
 * and annex on performance indicators; first-contact resolution as measured by repeat contacts (SQM
 * Group practice); Wilson (1927) score intervals for rates; Hyndman and Fan (1996) type-7
 * percentiles; course file "Customer Relationship Management" for the iceberg (4% complain, half
 * tell others).
 */
@CxStyle
@NullMarked
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
