/**
 * Satisfaction-index charts: the PLS path diagram with coefficients, R² and 0-100 indices (Fornell
 * et al. 1996, "The American Customer Satisfaction Index"; the ECSI technical committee 1998) and
 * the importance-performance map (Ringle and Sarstedt 2016) ({@link
 * io.github.cx4j.report.index.IndexCharts}).
 */
@NullMarked
package io.github.cx4j.report.index;

import org.jspecify.annotations.NullMarked;
