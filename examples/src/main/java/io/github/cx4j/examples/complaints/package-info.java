/**
 * The {@code cx4j complaints} command line ({@code replay}, {@code kpi}, {@code generate}) and the
 * tour chapter "When things go wrong", over the {@code cx4j-complaints} module.
 */
@NullMarked
package io.github.cx4j.examples.complaints;

import org.jspecify.annotations.NullMarked;
