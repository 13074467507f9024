/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/** How a complaint ended, after ISO 10002:2018 clauses 8.8-8.9 and ombudsman reporting practice. */
public enum ClosureOutcome implements Labelled {
  /** Resolved to the complainant's satisfaction. */
  RESOLVED,
  /** The complaint was found justified and put right. */
  UPHELD,
  /** The complaint was investigated and found not justified. */
  NOT_UPHELD,
  /** The complainant withdrew the complaint. */
  WITHDRAWN,
  /** The complainant could not be reached. */
  NO_CONTACT,
  /** Referred to external dispute resolution (ISO 10003). */
  REFERRED_TO_EXTERNAL_DR;

  @Override
  public String code() {
    return name();
  }
}
