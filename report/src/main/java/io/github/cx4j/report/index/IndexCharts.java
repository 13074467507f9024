/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.index;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.report.BarChart;
import io.github.cx4j.report.Block;
import io.github.cx4j.report.PathDiagram;
import io.github.cx4j.report.Report;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.ScatterChart;
import io.github.cx4j.report.Section;
import io.github.cx4j.scoring.index.Construct;
import io.github.cx4j.scoring.index.IndexScore;
import io.github.cx4j.scoring.index.IpmaPoint;
import io.github.cx4j.scoring.index.PathEstimate;
import io.github.cx4j.scoring.index.PathModel;
import io.github.cx4j.scoring.index.Pls;
import io.github.cx4j.scoring.index.PlsOptions;
import io.github.cx4j.scoring.index.PlsResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The satisfaction-index charts and report. */
public final class IndexCharts {
  /** Positions of the ECSI and ACSI constructs in their usual drawing. */
  private static final Map<String, double[]> LAYOUT =
      Map.of(
          "IMAG", new double[] {0.0, 0.0},
          "EXPE", new double[] {0.0, 0.45},
          "QUAL", new double[] {0.0, 0.95},
          "VAL", new double[] {0.38, 0.8},
          "SAT", new double[] {0.5, 0.3},
          "COMP", new double[] {0.85, 0.85},
          "LOY", new double[] {1.0, 0.3});

  private IndexCharts() {}

  /**
   * The path diagram: one box per construct with its 0-100 index and R², one arrow per path with
   * its coefficient. ACSI and ECSI constructs sit where their usual drawing puts them; other models
   * are laid out in columns by the longest chain of paths leading to each construct.
   *
   * @param fit the library's estimate
   * @param t the texts
   * @return the diagram
   */
  public static PathDiagram pathDiagram(PlsResult fit, ReportText t) {
    List<Construct> constructs = fit.model().constructs();
    boolean known = constructs.stream().allMatch(c -> LAYOUT.containsKey(c.name()));
    Map<String, double[]> position = known ? LAYOUT : layered(fit.model());
    List<PathDiagram.Node> nodes = new ArrayList<>();
    for (Construct c : constructs) {
      double[] p = position.getOrDefault(c.name(), new double[] {0.5, 0.5});
      Optional<Double> r2 = Optional.ofNullable(fit.rSquared().get(c.name()));
      IndexScore index = fit.index().get(c.name());
      nodes.add(
          new PathDiagram.Node(
              c.name(), p[0], p[1], r2, Optional.ofNullable(index).map(IndexScore::value)));
    }
    List<PathDiagram.Edge> edges = new ArrayList<>();
    for (PathEstimate e : fit.paths()) {
      edges.add(new PathDiagram.Edge(e.from(), e.to(), e.coefficient()));
    }
    return new PathDiagram("path-diagram", t.format("index.path.title", fit.n()), nodes, edges);
  }

  /** Columns by longest path from a construct without predecessors, rows spread in each column. */
  static Map<String, double[]> layered(PathModel model) {
    Map<String, Integer> depth = new HashMap<>();
    for (Construct c : model.constructs()) {
      depth.put(c.name(), 0);
    }
    for (int round = 0; round < model.constructs().size(); round++) {
      for (List<String> p : model.paths()) {
        depth.put(
            p.get(1),
            Math.max(depth.getOrDefault(p.get(1), 0), depth.getOrDefault(p.get(0), 0) + 1));
      }
    }
    int max = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    Map<Integer, List<String>> columns = new HashMap<>();
    for (Construct c : model.constructs()) {
      columns
          .computeIfAbsent(depth.getOrDefault(c.name(), 0), k -> new ArrayList<>())
          .add(c.name());
    }
    Map<String, double[]> out = new HashMap<>();
    columns.forEach(
        (d, names) -> {
          for (int i = 0; i < names.size(); i++) {
            double y =
                names.size() == 1 ? (d % 2 == 0 ? 0.3 : 0.7) : i / (double) (names.size() - 1);
            out.put(names.get(i), new double[] {max == 0 ? 0.5 : d / (double) max, y});
          }
        });
    return out;
  }

  /**
   * The 0-100 index of every construct that has one.
   *
   * @param fit the library's estimate
   * @param t the texts
   * @return the chart
   */
  public static BarChart indices(PlsResult fit, ReportText t) {
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Construct c : fit.model().constructs()) {
      IndexScore s = fit.index().get(c.name());
      if (s != null) {
        names.add(c.name());
        values.add(s.value());
      }
    }
    return new BarChart(
        "indices",
        t.get("index.indices.title"),
        t.get("index.construct"),
        t.get("index.indices.y"),
        names,
        List.of(BarChart.Series.of(t.get("index.indices.y"), values)),
        false);
  }

  /**
   * The importance-performance map of a target: importance (the unstandardised total effect on the
   * target's 0-100 scale) across, performance (the driver's 0-100 index) up, crosshairs at the
   * means of the drivers.
   *
   * @param points the library's map
   * @param target the target construct
   * @param t the texts
   * @return the chart
   * @throws CxValidationException if the map is empty
   */
  public static ScatterChart ipma(List<IpmaPoint> points, String target, ReportText t) {
    if (points.isEmpty()) {
      throw CxValidationException.of("IndexCharts.ipma", "hold at least one driver", target);
    }
    double mx = 0;
    double my = 0;
    List<ScatterChart.Point> out = new ArrayList<>();
    for (IpmaPoint p : points) {
      mx += p.importance() / points.size();
      my += p.performance() / points.size();
    }
    for (IpmaPoint p : points) {
      String quadrant =
          p.importance() >= mx
              ? (p.performance() < my ? t.get("index.ipma.act") : t.get("index.ipma.keep"))
              : (p.performance() < my ? t.get("index.ipma.low") : t.get("index.ipma.over"));
      out.add(new ScatterChart.Point(p.construct(), p.importance(), p.performance(), quadrant));
    }
    return new ScatterChart(
        "ipma-map",
        t.format("index.ipma.title", target),
        t.get("index.ipma.x"),
        t.get("index.ipma.y"),
        out,
        Optional.of(
            new ScatterChart.Crosshairs(
                mx,
                my,
                t.get("index.ipma.over"),
                t.get("index.ipma.keep"),
                t.get("index.ipma.low"),
                t.get("index.ipma.act"))));
  }

  /**
   * The satisfaction-index report: the model fitted by PLS with the given options, its path
   * diagram, indices and the IPMA of the target.
   *
   * @param model the path model
   * @param data the indicator columns
   * @param options the PLS options
   * @param target the IPMA target, for example {@code "SAT"}
   * @param source a line naming the data
   * @param t the texts
   * @return the report
   */
  public static Report report(
      PathModel model,
      Map<String, double[]> data,
      PlsOptions options,
      String target,
      String source,
      ReportText t) {
    PlsResult fit = Pls.fit(model, data, options);
    List<Block> blocks = new ArrayList<>();
    blocks.add(pathDiagram(fit, t));
    if (!fit.index().isEmpty()) {
      blocks.add(indices(fit, t));
    }
    List<IpmaPoint> map = fit.ipma(target);
    if (!map.isEmpty()) {
      blocks.add(ipma(map, target, t));
    }
    return new Report(
        t.get("index.report.title"),
        source,
        t,
        List.of(
            new Section(
                t.get("index.section"),
                t.format("index.sectionText", fit.n(), fit.gof(), fit.srmr()),
                blocks)));
  }
}
