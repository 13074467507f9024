/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import io.github.cx4j.core.Labelled;

/** What the estimation does with a missing answer (an empty cell, NaN or the declared code). */
public enum MissingPolicy implements Labelled {
  /** Drop every respondent with a missing answer to any indicator of the model. */
  LISTWISE,
  /** Replace a missing answer by the mean of the indicator's observed answers. */
  MEAN;

  @Override
  public String code() {
    return name();
  }
}
