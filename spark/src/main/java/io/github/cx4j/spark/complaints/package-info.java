/**
 * Complaint KPIs as a Spark aggregator (ISO 10002:2018 clause 9.3 monitoring): {@link
 * io.github.cx4j.spark.complaints.ComplaintAggregators}.
 */
@NullMarked
package io.github.cx4j.spark.complaints;

import org.jspecify.annotations.NullMarked;
