/**
 * The example batch job from Parquet tables to CLV, segment and NPS tables: {@link
 * io.github.cx4j.spark.job.CxSparkJob} (see docs/spark.md for the spark-submit line).
 */
@NullMarked
package io.github.cx4j.spark.job;

import org.jspecify.annotations.NullMarked;
