/**
 * Self-contained HTML reports of cx4j's analyses, with charts drawn as inline SVG on the server
 * side.
 *
 * <p>A {@link io.github.cx4j.report.Report} is a titled page of {@link
 * io.github.cx4j.report.Section}s, each holding {@link io.github.cx4j.report.Block}s: charts
 * ({@link io.github.cx4j.report.BarChart}, {@link io.github.cx4j.report.LineChart}, {@link
 * io.github.cx4j.report.Heatmap}, {@link io.github.cx4j.report.ScatterChart}, {@link
 * io.github.cx4j.report.PathDiagram}, {@link io.github.cx4j.report.Pyramid}) and {@link
 * io.github.cx4j.report.Tiles} and {@link io.github.cx4j.report.Table}s. Blocks are plain values
 * holding the numbers behind the picture, so they can be tested against the library; {@link
 * io.github.cx4j.report.Report#toHtml()} turns them into one HTML file with no external reference
 * (styles, scripts and SVG inline), whose every chart can be saved on its own as SVG or PNG.
 *
 * <p>The topic subpackages ({@code report.value}, {@code report.segmentation}, {@code
 * report.survey}, {@code report.index}, {@code report.complaints}) compute the blocks from the
 * library's results. Labels come from this package's bundles ({@code messages.properties}, {@code
 * messages_zh.properties}) through {@link io.github.cx4j.report.ReportText}. The chart forms follow
 * the usual displays of each method (for example the tracking and conditional-expectation plots of
 * Fader, Hardie and Lee, "Counting your customers the easy way", 2005); see {@code docs/report.md}.
 */
@NullMarked
package io.github.cx4j.report;

import org.jspecify.annotations.NullMarked;
