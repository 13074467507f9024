/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.Labelled;

/**
 * Which duration an SLA clock measures.
 *
 * <p>Labels in English and Chinese come from this package's {@code messages} bundles.
 */
public enum SlaMetric implements Labelled {
  /**
   * Acknowledgement: Time until the complaint is acknowledged (an automatic acknowledgement may
   * count).
   */
  ACKNOWLEDGEMENT,
  /** First response: Time until the first public response written by a person. */
  FIRST_RESPONSE,
  /**
   * Next response: Time from a requester's message (after the first response) to the next response.
   */
  NEXT_RESPONSE,
  /**
   * Periodic update: Time between public updates to the requester while the complaint is worked on.
   */
  PERIODIC_UPDATE,
  /** Resolution: Time from opening until the complaint is solved. */
  RESOLUTION,
  /**
   * Requester wait: Time the requester waits for the organisation (not counted while waiting for
   * the requester).
   */
  REQUESTER_WAIT,
  /** Agent work time: Time the complaint is new or open (not pending, not on hold). */
  AGENT_WORK_TIME,
  /**
   * Regulatory deadline: A named deadline set by a regulator or a charter, for example 3 business
   * days or 8 calendar weeks.
   */
  REGULATORY;

  @Override
  public String code() {
    return name();
  }
}
