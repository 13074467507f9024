/**
 * Complaint charts: KPI tiles, the distributions of the times to acknowledge and to resolve with
 * their median and 90th percentile, SLA breaches week by week, reopen and escalation rates by
 * category with Wilson intervals, and the complaint iceberg (TARP, after Goodman, "Strategic
 * Customer Service", 2009) ({@link io.github.cx4j.report.complaints.ComplaintCharts}); the KPIs
 * follow ISO 10002 and ISO 10004.
 */
@NullMarked
package io.github.cx4j.report.complaints;

import org.jspecify.annotations.NullMarked;
