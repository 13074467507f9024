/**
 * The {@code cx4j clv} command (fit a customer-base model to a summary file, predict P(alive),
 * purchases, spend and lifetime value per customer) and the tour chapter "What is a customer
 * worth", built on {@link io.github.cx4j.scoring.value}.
 */
@NullMarked
package io.github.cx4j.examples.value;

import org.jspecify.annotations.NullMarked;
