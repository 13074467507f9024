/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxValidationException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Maps impact x urgency to a {@link Priority}. The {@link #standard()} matrix is the common
 * five-level ITIL incident-priority matrix:
 *
 * <pre>
 *             urgency HIGH  MEDIUM    LOW
 * impact HIGH    CRITICAL   HIGH      MEDIUM
 *        MEDIUM  HIGH       MEDIUM    LOW
 *        LOW     MEDIUM     LOW       PLANNING
 * </pre>
 */
public final class PriorityMatrix {
  private final Priority[][] cells;

  private PriorityMatrix(Priority[][] cells) {
    this.cells = cells;
  }

  /**
   * The standard five-level matrix shown above.
   *
   * @return the matrix
   */
  public static PriorityMatrix standard() {
    Map<Impact, Map<Urgency, Priority>> m = new EnumMap<>(Impact.class);
    m.put(Impact.HIGH, row(Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM));
    m.put(Impact.MEDIUM, row(Priority.HIGH, Priority.MEDIUM, Priority.LOW));
    m.put(Impact.LOW, row(Priority.MEDIUM, Priority.LOW, Priority.PLANNING));
    return of(m);
  }

  private static Map<Urgency, Priority> row(Priority high, Priority medium, Priority low) {
    Map<Urgency, Priority> r = new EnumMap<>(Urgency.class);
    r.put(Urgency.HIGH, high);
    r.put(Urgency.MEDIUM, medium);
    r.put(Urgency.LOW, low);
    return r;
  }

  /**
   * A matrix the caller configures; every impact and urgency must have a cell.
   *
   * @param cells priority by impact, then urgency
   * @return the matrix
   * @throws CxValidationException naming the missing cell
   */
  public static PriorityMatrix of(Map<Impact, Map<Urgency, Priority>> cells) {
    Priority[][] grid = new Priority[Impact.values().length][Urgency.values().length];
    for (Impact impact : Impact.values()) {
      Map<Urgency, Priority> row = cells.get(impact);
      for (Urgency urgency : Urgency.values()) {
        Priority p = row == null ? null : row.get(urgency);
        if (p == null) {
          throw CxValidationException.of(
              "PriorityMatrix.cells", "have a priority for " + impact + " x " + urgency, "none");
        }
        grid[impact.ordinal()][urgency.ordinal()] = p;
      }
    }
    return new PriorityMatrix(grid);
  }

  /**
   * The priority of a complaint with this impact and urgency.
   *
   * @param impact the impact
   * @param urgency the urgency
   * @return the matrix cell
   */
  public Priority priority(Impact impact, Urgency urgency) {
    return cells[impact.ordinal()][urgency.ordinal()];
  }
}
