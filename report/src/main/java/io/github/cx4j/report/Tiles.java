/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import java.util.List;

/**
 * A row of key-figure tiles.
 *
 * @param id the block id
 * @param title the title
 * @param tiles the tiles
 */
public record Tiles(String id, String title, List<Tile> tiles) implements Block {
  /** Copies the tiles. */
  public Tiles {
    Checks.id("Tiles", id);
    tiles = List.copyOf(tiles);
  }

  @Override
  public int marks() {
    return tiles.size();
  }

  /**
   * One tile.
   *
   * @param label what the figure is
   * @param value the figure, formatted
   * @param detail a second line (interval, n), possibly empty
   */
  public record Tile(String label, String value, String detail) {}
}
