/**
 * RFM scores and segments as Dataset columns (Hughes 1994, "Strategic Database Marketing"): {@link
 * io.github.cx4j.spark.rfm.SparkRfm}.
 */
@NullMarked
package io.github.cx4j.spark.rfm;

import org.jspecify.annotations.NullMarked;
