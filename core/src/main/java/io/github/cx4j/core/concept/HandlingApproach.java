/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * How to serve a customer in each {@link CustomerState} (course file "Customer Relationship
 * Management": the interaction skills and the complaint-handling principles), and what to do while
 * the state is undetermined.
 */
public enum HandlingApproach implements Labelled {
  /** Build the relationship, personalise and confirm satisfaction: for comfortable customers. */
  BUILD_RAPPORT,
  /** Ask questions and offer a few clear options: for indecisive customers. */
  GUIDE_WITH_OPTIONS,
  /** Be brief, confirm and act quickly: for insistent customers. */
  ACT_EFFICIENTLY,
  /** Let them vent, empathise, never argue, solve or escalate: for irate customers. */
  DEFUSE_AND_RESOLVE,
  /** Keep observing and ask open questions: while the state is undetermined. */
  OBSERVE_AND_ASK;

  @Override
  public String code() {
    return name();
  }
}
