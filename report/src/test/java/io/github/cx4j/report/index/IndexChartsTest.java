/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.report.BarChart;
import io.github.cx4j.report.FixturesAccess;
import io.github.cx4j.report.PathDiagram;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.ScatterChart;
import io.github.cx4j.scoring.index.Construct;
import io.github.cx4j.scoring.index.IpmaPoint;
import io.github.cx4j.scoring.index.Mode;
import io.github.cx4j.scoring.index.PathEstimate;
import io.github.cx4j.scoring.index.PathModel;
import io.github.cx4j.scoring.index.Pls;
import io.github.cx4j.scoring.index.PlsOptions;
import io.github.cx4j.scoring.index.PlsResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The satisfaction-index chart data against the library's own estimate. */
class IndexChartsTest {
  static final ReportText EN = ReportText.of(Locale.ENGLISH);

  @Test
  void diagramCarriesEveryPathR2AndIndex() {
    PlsResult fit =
        Pls.fit(PathModel.ecsi(), FixturesAccess.ecsi(300, 8), PlsOptions.builder().build());
    PathDiagram d = IndexCharts.pathDiagram(fit, EN);
    assertEquals(7 + 12, d.marks());
    for (PathEstimate p : fit.paths()) {
      PathDiagram.Edge e =
          d.edges().stream()
              .filter(x -> x.from().equals(p.from()) && x.to().equals(p.to()))
              .findFirst()
              .orElseThrow();
      assertEquals(p.coefficient(), e.coefficient(), 0);
    }
    PathDiagram.Node sat =
        d.nodes().stream().filter(n -> n.name().equals("SAT")).findFirst().orElseThrow();
    assertEquals(fit.rSquared().get("SAT"), sat.rSquared().orElseThrow(), 0);
    assertEquals(fit.index().get("SAT").value(), sat.index().orElseThrow(), 0);
    PathDiagram.Node imag =
        d.nodes().stream().filter(n -> n.name().equals("IMAG")).findFirst().orElseThrow();
    assertTrue(imag.rSquared().isEmpty());
    BarChart indices = IndexCharts.indices(fit, EN);
    assertEquals(fit.index().get("LOY").value(), indices.series().get(0).values().get(6), 0);
    List<IpmaPoint> map = fit.ipma("SAT");
    ScatterChart ipma = IndexCharts.ipma(map, "SAT", EN);
    assertEquals(map.size(), ipma.marks());
    assertEquals(map.get(0).importance(), ipma.points().get(0).x(), 0);
    assertEquals(map.get(0).performance(), ipma.points().get(0).y(), 0);
    double mean = map.stream().mapToDouble(IpmaPoint::importance).average().orElseThrow();
    assertEquals(mean, ipma.crosshairs().orElseThrow().x(), 1e-12);
    assertEquals(
        "IndexCharts.ipma must hold at least one driver, was \"IMAG\"",
        assertThrows(CxValidationException.class, () -> IndexCharts.ipma(List.of(), "IMAG", EN))
            .getMessage());
  }

  @Test
  void unknownModelsAreLaidOutInColumnsByDepth() {
    PathModel model =
        PathModel.builder()
            .addConstruct(Construct.of("A", Mode.A, List.of("a1", "a2")))
            .addConstruct(Construct.of("B", Mode.A, List.of("b1", "b2")))
            .addConstruct(Construct.of("C", Mode.A, List.of("c1", "c2")))
            .path("A", "B")
            .path("B", "C")
            .path("A", "C")
            .build();
    Map<String, double[]> layout = IndexCharts.layered(model);
    assertEquals(0.0, layout.get("A")[0], 0);
    assertEquals(0.5, layout.get("B")[0], 0);
    assertEquals(1.0, layout.get("C")[0], 0);
  }
}
