/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.Labelled;

/** Whether customers or offers are existing or new: the axes of {@link CustomerStrategy}. */
public enum Novelty implements Labelled {
  /** Already served or offered. */
  EXISTING,
  /** Not yet served or offered. */
  NEW;

  @Override
  public String code() {
    return name();
  }
}
