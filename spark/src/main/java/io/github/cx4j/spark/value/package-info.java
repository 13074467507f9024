/**
 * Customer-value models on Spark data: {@link io.github.cx4j.spark.value.SparkFits} fits from
 * weighted patterns collapsed by a group-by (Fader, Hardie and Lee 2005), {@link
 * io.github.cx4j.spark.value.SparkScoring} scores with a broadcast {@link
 * io.github.cx4j.spark.value.ModelParameters}.
 */
@NullMarked
package io.github.cx4j.spark.value;

import org.jspecify.annotations.NullMarked;
