/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.Optional;

/**
 * Lines over a numeric x axis, each point drawn as a dot, with optional interval bands and a
 * vertical marker (for example the end of the calibration period).
 *
 * @param id the block id
 * @param title the title
 * @param xLabel the x axis label
 * @param yLabel the y axis label
 * @param series the lines
 * @param xTicks optional tick labels: when present the x values are indices into it
 * @param marker optional vertical line at an x value, with its label
 */
public record LineChart(
    String id,
    String title,
    String xLabel,
    String yLabel,
    List<Series> series,
    Optional<List<String>> xTicks,
    Optional<Marker> marker)
    implements Block {

  /** Checks the series. */
  public LineChart {
    Checks.id("LineChart", id);
    series = List.copyOf(series);
    xTicks = xTicks.map(List::copyOf);
    if (series.isEmpty()) {
      throw CxValidationException.of("LineChart.series", "hold at least one series", 0);
    }
  }

  @Override
  public int marks() {
    return series.stream().mapToInt(s -> s.y().size()).sum();
  }

  /**
   * One line.
   *
   * @param name the legend name
   * @param x the x values, finite
   * @param y the y values, one per x, finite
   * @param band optional low/high per point, drawn as a shaded band
   * @param dashed whether the line is dashed (a model, against the solid actuals)
   */
  public record Series(
      String name, List<Double> x, List<Double> y, Optional<List<Range>> band, boolean dashed) {
    /** Checks the lengths and values. */
    public Series {
      x = Checks.finite("LineChart.Series.x", x);
      y = Checks.finite("LineChart.Series.y", y);
      Checks.size("LineChart.Series.y", y, x.size());
      if (band.isPresent()) {
        Checks.size("LineChart.Series.band", band.get(), x.size());
        band = Optional.of(List.copyOf(band.get()));
      }
    }

    /**
     * A solid line without a band.
     *
     * @param name the name
     * @param x the x values
     * @param y the y values
     * @return the series
     */
    public static Series of(String name, List<Double> x, List<Double> y) {
      return new Series(name, x, y, Optional.empty(), false);
    }
  }

  /**
   * A vertical marker line.
   *
   * @param x where, in x units
   * @param label what it marks
   */
  public record Marker(double x, String label) {
    /** Checks the position. */
    public Marker {
      Checks.finite("LineChart.Marker.x", x);
    }
  }
}
