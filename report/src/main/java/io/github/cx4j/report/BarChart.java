/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.Optional;

/**
 * Grouped bars: one bar per category and series, with optional interval whiskers.
 *
 * @param id the block id
 * @param title the title
 * @param xLabel the category axis label
 * @param yLabel the value axis label
 * @param categories the category names, left to right (top to bottom when horizontal)
 * @param series the series, each with one value per category
 * @param horizontal whether the bars run left to right
 * @param markers vertical reference lines across a vertical chart, at positions in category units
 *     (0 is the left edge of the first category, {@code categories.size()} the right edge of the
 *     last)
 */
public record BarChart(
    String id,
    String title,
    String xLabel,
    String yLabel,
    List<String> categories,
    List<Series> series,
    boolean horizontal,
    List<LineChart.Marker> markers)
    implements Block {

  /**
   * A chart without reference lines.
   *
   * @param id the block id
   * @param title the title
   * @param xLabel the category axis label
   * @param yLabel the value axis label
   * @param categories the categories
   * @param series the series
   * @param horizontal whether the bars run left to right
   */
  public BarChart(
      String id,
      String title,
      String xLabel,
      String yLabel,
      List<String> categories,
      List<Series> series,
      boolean horizontal) {
    this(id, title, xLabel, yLabel, categories, series, horizontal, List.of());
  }

  /** Checks the shape: every series has one value per category. */
  public BarChart {
    Checks.id("BarChart", id);
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    markers = List.copyOf(markers);
    if (series.isEmpty()) {
      throw CxValidationException.of("BarChart.series", "hold at least one series", 0);
    }
    for (Series s : series) {
      Checks.size("BarChart.series[" + s.name() + "].values", s.values(), categories.size());
    }
  }

  @Override
  public int marks() {
    return categories.size() * series.size();
  }

  /**
   * One series of bars.
   *
   * @param name the legend name
   * @param values one value per category, finite
   * @param intervals optional low/high per category, drawn as whiskers
   */
  public record Series(String name, List<Double> values, Optional<List<Range>> intervals) {
    /** Checks that values are finite and intervals match them. */
    public Series {
      values = Checks.finite("BarChart.Series.values", values);
      if (intervals.isPresent()) {
        Checks.size("BarChart.Series.intervals", intervals.get(), values.size());
        intervals = Optional.of(List.copyOf(intervals.get()));
      }
    }

    /**
     * A series without intervals.
     *
     * @param name the name
     * @param values the values
     * @return the series
     */
    public static Series of(String name, List<Double> values) {
      return new Series(name, values, Optional.empty());
    }
  }
}
