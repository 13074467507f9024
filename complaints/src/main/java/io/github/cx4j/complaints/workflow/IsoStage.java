/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/**
 * The stages of complaint handling in ISO 10002:2018 clause 8 (GB/T 19012-2019), tracked beside the
 * status. Stages are ordered; the workflow only moves forward except when a complaint is reopened.
 */
public enum IsoStage implements Labelled {
  /** Receipt of the complaint recorded (clause 8.2). */
  RECEIVED,
  /** Receipt acknowledged to the complainant (clause 8.4). */
  ACKNOWLEDGED,
  /** Initial assessment of severity, safety, complexity and impact (clause 8.5). */
  INITIALLY_ASSESSED,
  /** Investigation of the circumstances and information (clause 8.6). */
  INVESTIGATED,
  /** A response to the complaint was given (clause 8.7). */
  RESPONDED,
  /** The decision or action taken was communicated (clause 8.8). */
  DECISION_COMMUNICATED,
  /** The complaint was closed (clause 8.9). */
  CLOSED;

  @Override
  public String code() {
    return name();
  }
}
