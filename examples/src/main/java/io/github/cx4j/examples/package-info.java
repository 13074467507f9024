/**
 * The {@code cx4j} command line ({@link io.github.cx4j.examples.Cx4j}) and its course examples.
 * This is the only module that prints.
 */
@NullMarked
package io.github.cx4j.examples;

import org.jspecify.annotations.NullMarked;
