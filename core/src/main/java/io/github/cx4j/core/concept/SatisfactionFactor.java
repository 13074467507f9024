/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The four factors that influence customer satisfaction (course file "Customer Satisfaction
 * Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum SatisfactionFactor implements Labelled {
  /** Delivered value (让渡价值). */
  DELIVERED_VALUE,
  /** Emotion (消费者的情感). */
  EMOTION,
  /** Attribution of success or failure (对服务成功或失败的归因). */
  ATTRIBUTION,
  /** Perceived equity (对平等或公正的感知). */
  EQUITY;

  @Override
  public String code() {
    return name();
  }
}
