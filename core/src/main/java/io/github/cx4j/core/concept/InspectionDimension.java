/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The ways to check that all-staff service has taken hold (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum InspectionDimension implements Labelled {
  /** Leadership awareness (领导意识). */
  LEADERSHIP_AWARENESS,
  /** Staff attitude (员工态度). */
  STAFF_ATTITUDE,
  /** Personal conduct (个人言行). */
  PERSONAL_CONDUCT,
  /** Front-line image (终端形象). */
  FRONT_LINE_IMAGE,
  /** Customer word of mouth (客户口碑). */
  CUSTOMER_WORD_OF_MOUTH;

  @Override
  public String code() {
    return name();
  }
}
