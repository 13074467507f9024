/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.Optional;

/**
 * A path diagram: constructs as boxes at layout positions (0..1 in both directions), paths as
 * arrows labelled with their coefficients; a box shows its R² and its 0-100 index when known.
 *
 * @param id the block id
 * @param title the title
 * @param nodes the constructs
 * @param edges the paths
 */
public record PathDiagram(String id, String title, List<Node> nodes, List<Edge> edges)
    implements Block {

  /** Checks that every edge joins two nodes. */
  public PathDiagram {
    Checks.id("PathDiagram", id);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    for (Edge e : edges) {
      if (nodes.stream().noneMatch(n -> n.name().equals(e.from()))
          || nodes.stream().noneMatch(n -> n.name().equals(e.to()))) {
        throw CxValidationException.of("PathDiagram.edges", "join two nodes", e);
      }
    }
  }

  @Override
  public int marks() {
    return nodes.size() + edges.size();
  }

  /**
   * A construct.
   *
   * @param name the construct name
   * @param x horizontal position, 0..1
   * @param y vertical position, 0..1
   * @param rSquared its R², if endogenous
   * @param index its 0-100 index, if computed
   */
  public record Node(
      String name, double x, double y, Optional<Double> rSquared, Optional<Double> index) {
    /** Checks the position. */
    public Node {
      if (!(x >= 0 && x <= 1) || !(y >= 0 && y <= 1)) {
        throw CxValidationException.of("PathDiagram.Node.position", "lie within 0..1", x + "," + y);
      }
    }
  }

  /**
   * A path.
   *
   * @param from the predecessor
   * @param to the successor
   * @param coefficient the path coefficient, finite
   */
  public record Edge(String from, String to, double coefficient) {
    /** Checks the coefficient. */
    public Edge {
      Checks.finite("PathDiagram.Edge.coefficient", coefficient);
    }
  }
}
