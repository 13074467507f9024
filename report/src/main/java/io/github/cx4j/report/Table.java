/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import java.util.List;

/**
 * A table of formatted cells.
 *
 * @param id the block id
 * @param title the title
 * @param header the column names
 * @param rows the rows, each with one cell per column
 */
public record Table(String id, String title, List<String> header, List<List<String>> rows)
    implements Block {
  /** Checks the row widths. */
  public Table {
    Checks.id("Table", id);
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      Checks.size("Table.rows", row, header.size());
    }
  }

  @Override
  public int marks() {
    return rows.size();
  }
}
