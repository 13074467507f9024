/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Common problems of customer service today (course file "Understanding Customer Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceShortcoming implements Labelled {
  /** Lack of service awareness (缺乏服务客户的意识). */
  LACK_OF_AWARENESS,
  /** Poor coordination between departments (部门之间缺乏沟通和协调). */
  POOR_COORDINATION,
  /** Lack of training (缺乏必要的培训). */
  LACK_OF_TRAINING;

  @Override
  public String code() {
    return name();
  }
}
