/**
 * cx4j-report: self-contained HTML reports with server-side SVG charts of cx4j's analyses.
 *
 * <p>Every package is API: {@code io.github.cx4j.report} (the page, the chart blocks and the texts)
 * and one package per topic that computes the blocks from the library's results. The library
 * modules are required transitively because their results appear in this module's methods. The
 * texts are read from this module's own bundles, looked up for this module (no custom {@link
 * java.util.ResourceBundle.Control}, which a named module may not use).
 */
module io.github.cx4j.report {
  requires transitive io.github.cx4j.complaints;
  requires transitive io.github.cx4j.core;
  requires transitive io.github.cx4j.scoring;
  requires transitive io.github.cx4j.segmentation;
  // The library's values carry Immutables' annotations (class retention); javadoc reads them.
  requires static org.immutables.value.annotations;

  exports io.github.cx4j.report;
  exports io.github.cx4j.report.complaints;
  exports io.github.cx4j.report.index;
  exports io.github.cx4j.report.segmentation;
  exports io.github.cx4j.report.survey;
  exports io.github.cx4j.report.value;

  // the report's texts are looked up by core's one bundle resolver (core.internal.Texts)
  opens io.github.cx4j.report to
      io.github.cx4j.core;
}
