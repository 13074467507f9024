/**
 * The segmentation commands of the {@code cx4j} command line ({@code cx4j rfm}, {@code cx4j tiers})
 * and the tour chapter "Who are our customers" on the bundled CDNOW sample. They call {@code
 * cx4j-segmentation}'s {@code rfm} and {@code tier} packages.
 */
@NullMarked
package io.github.cx4j.examples.segmentation;

import org.jspecify.annotations.NullMarked;
