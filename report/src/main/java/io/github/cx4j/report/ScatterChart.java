/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import java.util.List;
import java.util.Optional;

/**
 * Labelled points on two numeric axes, optionally split into four quadrants by crosshairs (IPA,
 * Kano's Better/Worse, IPMA).
 *
 * @param id the block id
 * @param title the title
 * @param xLabel the x axis label
 * @param yLabel the y axis label
 * @param points the points
 * @param crosshairs optional crosshairs and the names of the four quadrants
 */
public record ScatterChart(
    String id,
    String title,
    String xLabel,
    String yLabel,
    List<Point> points,
    Optional<Crosshairs> crosshairs)
    implements Block {

  /** Copies the points. */
  public ScatterChart {
    Checks.id("ScatterChart", id);
    points = List.copyOf(points);
  }

  @Override
  public int marks() {
    return points.size();
  }

  /**
   * One point.
   *
   * @param label the text beside it
   * @param x the x value, finite
   * @param y the y value, finite
   * @param group the colour group (for example the quadrant or the Kano category)
   */
  public record Point(String label, double x, double y, String group) {
    /** Checks the coordinates. */
    public Point {
      Checks.finite("ScatterChart.Point.x", x);
      Checks.finite("ScatterChart.Point.y", y);
    }
  }

  /**
   * Crosshairs at {@code (x, y)} and the names of the quadrants.
   *
   * @param x the vertical line
   * @param y the horizontal line
   * @param topLeft name of the upper-left quadrant
   * @param topRight name of the upper-right quadrant
   * @param bottomLeft name of the lower-left quadrant
   * @param bottomRight name of the lower-right quadrant
   */
  public record Crosshairs(
      double x, double y, String topLeft, String topRight, String bottomLeft, String bottomRight) {
    /** Checks the position. */
    public Crosshairs {
      Checks.finite("ScatterChart.Crosshairs.x", x);
      Checks.finite("ScatterChart.Crosshairs.y", y);
    }
  }
}
