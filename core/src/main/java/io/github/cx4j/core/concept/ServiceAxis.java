/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The two sides through which customer service shows, the axes of {@link ServiceStyle} (course file
 * "Understanding Customer Service": 程序特性 and 个人特性).
 */
public enum ServiceAxis implements Labelled {
  /** The processes by which the company serves customers (程序特性). */
  PROCEDURAL,
  /** The behaviour, attitude, language and competence of service staff (个人特性). */
  PERSONAL;

  @Override
  public String code() {
    return name();
  }
}
