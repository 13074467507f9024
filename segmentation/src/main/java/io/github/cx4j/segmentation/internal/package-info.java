/**
 * Numerical machinery shared by the segmentation packages: exact order statistics by radix
 * selection on primitive columns and the empirical quantile of Hyndman and Fan (1996) type 7. Not
 * part of the documented API.
 */
@NullMarked
package io.github.cx4j.segmentation.internal;

import org.jspecify.annotations.NullMarked;
