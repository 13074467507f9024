/**
 * Charts of customer-base models: period transactions, calibration vs holdout, tracking, the
 * frequency/recency matrices of expected purchases and P(alive), the CLV distribution and the
 * holdout evaluation table ({@link io.github.cx4j.report.value.ClvCharts}, {@link
 * io.github.cx4j.report.value.ClvReport}), after Fader, Hardie and Lee, "Counting your customers
 * the easy way" (2005).
 */
@NullMarked
package io.github.cx4j.report.value;

import org.jspecify.annotations.NullMarked;
