/**
 * Customer tiers by value: Pareto/ABC classes by cumulative share of value, the customer pyramid
 * (platinum, gold, iron, lead) of Zeithaml, Rust and Lemon (2001, "The customer pyramid: creating
 * and serving profitable customers", California Management Review 43(4)) by value percentiles, the
 * four tiers of course file "Understanding Customer Service" (super-heavyweight, heavyweight,
 * sub-heavyweight, lightweight) by cumulative contribution, and the Pareto (concentration) curve as
 * data for a plot. Every tier maps to a {@link io.github.cx4j.core.customer.CustomerTier} and so to
 * its service approach.
 *
 * <p>Entry points: {@link io.github.cx4j.segmentation.tier.Tiering#abc}, {@link
 * io.github.cx4j.segmentation.tier.Tiering#pyramid}, {@link
 * io.github.cx4j.segmentation.tier.Tiering#fourTier} and {@link
 * io.github.cx4j.segmentation.tier.Tiering#curve}. The value measure is the caller's: profit,
 * revenue or a predicted customer-lifetime value from {@code cx4j-scoring}.
 */
@NullMarked
@CxStyle
package io.github.cx4j.segmentation.tier;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
