/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.core.CxValidationException;
import java.util.List;

/**
 * A customer pyramid: levels from the top (fewest, most valuable) down, each as a centred band
 * whose width grows down the pyramid, labelled with its share of customers and of value.
 *
 * @param id the block id
 * @param title the title
 * @param levels the levels, top first
 */
public record Pyramid(String id, String title, List<Level> levels) implements Block {
  /** Checks the levels. */
  public Pyramid {
    Checks.id("Pyramid", id);
    levels = List.copyOf(levels);
    if (levels.isEmpty()) {
      throw CxValidationException.of("Pyramid.levels", "hold at least one level", 0);
    }
  }

  @Override
  public int marks() {
    return levels.size();
  }

  /**
   * One level.
   *
   * @param label the level name
   * @param customers how many customers
   * @param customerShare their share of the customers, 0..1
   * @param valueShare their share of the value
   */
  public record Level(String label, long customers, double customerShare, double valueShare) {
    /** Checks the shares. */
    public Level {
      Checks.finite("Pyramid.Level.customerShare", customerShare);
      Checks.finite("Pyramid.Level.valueShare", valueShare);
    }
  }
}
