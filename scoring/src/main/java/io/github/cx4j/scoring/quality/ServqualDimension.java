/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import io.github.cx4j.core.Labelled;

/** The five SERVQUAL dimensions (Parasuraman, Zeithaml and Berry 1988). */
public enum ServqualDimension implements Labelled {
  /** Physical facilities, equipment and appearance of personnel. */
  TANGIBLES,
  /** Ability to perform the promised service dependably and accurately. */
  RELIABILITY,
  /** Willingness to help customers and provide prompt service. */
  RESPONSIVENESS,
  /** Knowledge and courtesy of employees and their ability to inspire trust and confidence. */
  ASSURANCE,
  /** Caring, individualised attention the firm provides its customers. */
  EMPATHY;

  @Override
  public String code() {
    return name();
  }
}
