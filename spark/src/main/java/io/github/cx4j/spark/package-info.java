/**
 * cx4j on Apache Spark (4.0 to 4.2, Scala 2.13): the library's measures and models for data that
 * outgrows one machine. {@link io.github.cx4j.spark.CxSpark#register} makes the aggregators
 * callable from SQL.
 *
 * <p>Topics: {@link io.github.cx4j.spark.survey} (NPS, CSAT, CES, satisfaction index and Kano
 * aggregators), {@link io.github.cx4j.spark.sketch} (KLL quantiles and RFM cut points), {@link
 * io.github.cx4j.spark.complaints} (complaint KPIs), {@link io.github.cx4j.spark.activity} (repeat
 * and RFM summaries of purchase tables), {@link io.github.cx4j.spark.value} (model fitting from
 * weighted patterns and scoring with a broadcast model), {@link io.github.cx4j.spark.rfm} (RFM
 * scores and segments as columns) and {@link io.github.cx4j.spark.job} (the example Parquet job).
 */
@NullMarked
package io.github.cx4j.spark;

import org.jspecify.annotations.NullMarked;
