/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/**
 * How a field of a complaint is classified for data protection (GDPR art. 4 and 9, PIPL art. 28).
 */
public enum PersonalDataClass implements Labelled {
  /** Not personal data. */
  NONE,
  /** Identifies or describes a person. */
  PERSONAL,
  /** Special-category data such as health or disability. */
  SENSITIVE;

  @Override
  public String code() {
    return name();
  }
}
