/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The signals of a five-second first impression and their shares as the course gives them (course
 * file "Customer Relationship Management", after Mehrabian): verbal 7 %, vocal 38 %, visual 55 %.
 */
public enum CommunicationSignal implements Labelled {
  /** The words (语言信号), 7 %. */
  VERBAL(7),
  /** Voice and tone (声音信号), 38 %. */
  VOCAL(38),
  /** Appearance and body language (视觉信号), 55 %. */
  VISUAL(55);

  private final int percent;

  CommunicationSignal(int percent) {
    this.percent = percent;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The signal's share of the impression.
   *
   * @return per cent; the three add up to 100
   */
  public int percent() {
    return percent;
  }
}
