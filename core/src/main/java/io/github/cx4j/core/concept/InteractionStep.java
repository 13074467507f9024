/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The flow of a service interaction to satisfy the customer (course file "Customer Relationship
 * Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum InteractionStep implements Labelled {
  /** Open the interaction (开始交往). */
  OPEN,
  /** Identify needs and expectations (确定需要和期望). */
  IDENTIFY_NEEDS,
  /** Check satisfaction (探寻客户是否满意的感受). */
  CHECK_SATISFACTION,
  /** Thank and close (致谢并结束交往). */
  THANK_AND_CLOSE,
  /** Recover (挽回). */
  RECOVER;

  @Override
  public String code() {
    return name();
  }
}
