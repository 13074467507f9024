/**
 * Customers as the course classifies them: tiers and their service approaches, the
 * customer-strategy matrix, loyalty types and the benefits of loyal customers, customer kinds and
 * account roles, strategic-customer criteria.
 *
 * <p>Entry points: {@link io.github.cx4j.core.customer.CustomerTier#serviceApproach()}, {@link
 * io.github.cx4j.core.customer.CustomerStrategy#of(Novelty, Novelty)}, {@link
 * io.github.cx4j.core.customer.LoyaltyType#classify(double, double)}. Every type is a bilingual
 * {@link io.github.cx4j.core.Labelled} enum with texts in this package's {@code messages} bundles.
 *
 * <p>Sources: seed files 001 and 002 ({@code docs/domain.md} section 2); loyalty types after Dick,
 * A. S. and Basu, K. (1994), "Customer loyalty: toward an integrated conceptual framework", Journal
 * of the Academy of Marketing Science 22(2), 99-113.
 */
@NullMarked
package io.github.cx4j.core.customer;

import org.jspecify.annotations.NullMarked;
