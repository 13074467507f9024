/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/** The severity of a complaint as recorded at receipt (ISO 10002:2018 clause 8.5). */
public enum Severity implements Labelled {
  /** Minor inconvenience. */
  LOW,
  /** Noticeable harm or loss. */
  MEDIUM,
  /** Serious harm or loss. */
  HIGH,
  /** Harm to health, safety or legal rights. */
  CRITICAL;

  @Override
  public String code() {
    return name();
  }
}
