/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.List;
import java.util.Locale;

/**
 * A fit on the rows a model applies to, with the rows it left out and why ({@link
 * ValueModelKind#fitApplicable}).
 *
 * @param fit the fit on the rows used
 * @param rows the rows given
 * @param usedRows the rows fitted on
 * @param leftOut the rows left out, by reason, the largest group first (equal groups in the order
 *     their reasons were first met)
 */
public record ScreenedFit(ValueFit fit, int rows, int usedRows, List<LeftOut> leftOut) {
  /** Copies the list. */
  public ScreenedFit {
    leftOut = List.copyOf(leftOut);
  }

  /**
   * One line for a log or a terminal, for example {@code "gammagamma fitted on 1,402 of 2,357 rows;
   * left out: 955 with no repeat purchase, 0 ..."}.
   *
   * @return the summary line
   */
  public String summary() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%s fitted on %d of %d rows", fit.model().id(), usedRows, rows));
    if (!leftOut.isEmpty()) {
      b.append("; left out:");
      String sep = " ";
      for (LeftOut l : leftOut) {
        b.append(sep).append(l.rows()).append(" (").append(l.reason());
        b.append(l.rows() > l.firstRows().size() ? ", first rows " : ", rows ");
        String comma = "";
        for (int i : l.firstRows()) {
          b.append(comma).append(i + 1);
          comma = ", ";
        }
        b.append(')');
        sep = "; ";
      }
    }
    return b.toString();
  }
}
