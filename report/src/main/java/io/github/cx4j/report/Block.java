/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

/**
 * One element of a report section: a chart, a row of tiles or a table. Every block has an id
 * (unique within its report, used for the SVG element and the file name of an export), a title and
 * the number of marks (bars, points, cells, nodes, rows) its picture draws.
 */
public sealed interface Block
    permits BarChart, LineChart, Heatmap, ScatterChart, PathDiagram, Pyramid, Tiles, Table, Note {

  /**
   * The id: lower-case letters, digits and dashes.
   *
   * @return the id
   */
  String id();

  /**
   * The title, in the report's language.
   *
   * @return the title
   */
  String title();

  /**
   * How many data marks the rendered block holds (what a browser test counts).
   *
   * @return the number of marks
   */
  int marks();
}
