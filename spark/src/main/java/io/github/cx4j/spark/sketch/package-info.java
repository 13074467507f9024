/**
 * KLL sketches as Spark aggregators (Karnin, Lang and Liberty 2016, "Optimal quantile approximation
 * in streams"): {@link io.github.cx4j.spark.sketch.SketchAggregators} for quantiles and RFM cut
 * points; buffers are the sketches' compact byte form.
 */
@NullMarked
package io.github.cx4j.spark.sketch;

import org.jspecify.annotations.NullMarked;
