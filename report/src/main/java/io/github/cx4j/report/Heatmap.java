/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.core.CxValidationException;
import java.util.List;

/**
 * A grid of coloured cells: rows top to bottom, columns left to right; cells that have no value are
 * left out (drawn blank).
 *
 * @param id the block id
 * @param title the title
 * @param xLabel the column axis label
 * @param yLabel the row axis label
 * @param columns the column labels
 * @param rows the row labels
 * @param cells the cells that have a value
 * @param decimals how many decimals the cell texts show
 */
public record Heatmap(
    String id,
    String title,
    String xLabel,
    String yLabel,
    List<String> columns,
    List<String> rows,
    List<Cell> cells,
    int decimals)
    implements Block {

  /** Checks that every cell is inside the grid. */
  public Heatmap {
    Checks.id("Heatmap", id);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    cells = List.copyOf(cells);
    for (Cell c : cells) {
      if (c.row() < 0 || c.row() >= rows.size() || c.column() < 0 || c.column() >= columns.size()) {
        throw CxValidationException.of(
            "Heatmap.cells", "lie within " + rows.size() + " x " + columns.size(), c);
      }
    }
    if (decimals < 0 || decimals > 6) {
      throw CxValidationException.of("Heatmap.decimals", "be within 0..6", decimals);
    }
  }

  @Override
  public int marks() {
    return cells.size();
  }

  /**
   * The value of a cell.
   *
   * @param row the row index
   * @param column the column index
   * @return the value
   * @throws CxValidationException if the cell has no value
   */
  public double value(int row, int column) {
    for (Cell c : cells) {
      if (c.row() == row && c.column() == column) {
        return c.value();
      }
    }
    throw CxValidationException.of("Heatmap.cell", "exist", row + "," + column);
  }

  /**
   * One cell.
   *
   * @param row the row index
   * @param column the column index
   * @param value the value, finite
   */
  public record Cell(int row, int column, double value) {
    /** Checks the value. */
    public Cell {
      Checks.finite("Heatmap.Cell.value", value);
    }
  }
}
