/**
 * The primitives every cx4j module shares: {@link io.github.cx4j.core.CustomerId}, {@link
 * io.github.cx4j.core.Money}, {@link io.github.cx4j.core.RatingScale}, the bilingual {@link
 * io.github.cx4j.core.Labelled} concept interface, the {@link io.github.cx4j.core.CxStyle}
 * Immutables style, {@link io.github.cx4j.core.CxValidationException} and {@link
 * io.github.cx4j.core.CxJson#mapper()}.
 *
 * <p>Conventions: see {@code docs/architecture.md}. Values are immutable, reject bad input with a
 * message that names the field and the value, and round-trip through JSON.
 */
@NullMarked
package io.github.cx4j.core;

import org.jspecify.annotations.NullMarked;
