/**
 * Charts of RFM segmentation and value tiers: the R x F grid of counts and mean monetary value,
 * segment sizes and value shares, the Pareto (ABC) curve with its cut points and the customer
 * pyramid ({@link io.github.cx4j.report.segmentation.SegmentationCharts}), after Hughes, "Strategic
 * Database Marketing" (RFM) and Zeithaml, Rust and Lemon, "The customer pyramid" (2001).
 */
@NullMarked
package io.github.cx4j.report.segmentation;

import org.jspecify.annotations.NullMarked;
