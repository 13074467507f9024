/**
 * Repeat and RFM summaries of purchase tables in Spark with the definitions of {@code
 * core.activity}: {@link io.github.cx4j.spark.activity.SparkActivity}.
 */
@NullMarked
package io.github.cx4j.spark.activity;

import org.jspecify.annotations.NullMarked;
