/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * An observable cue of a customer's state (course file "Customer Relationship Management", 识别客户状态):
 * each cue indicates one {@link CustomerState} with a weight, 2 for the most telling cues and 1 for
 * the others.
 */
public enum CustomerCue implements Labelled {
  /** Greets first (主动问候). */
  GREETS_FIRST(CustomerState.COMFORTABLE, 1),
  /** Smiles (微笑). */
  SMILES(CustomerState.COMFORTABLE, 2),
  /** Friendly manner (友好). */
  FRIENDLY(CustomerState.COMFORTABLE, 1),
  /** Relaxed voice and tone (声音、语调放松). */
  RELAXED_TONE(CustomerState.COMFORTABLE, 1),
  /** Talkative (健谈). */
  TALKATIVE(CustomerState.COMFORTABLE, 1),
  /** Calm and at ease (情绪平静、轻松). */
  CALM(CustomerState.COMFORTABLE, 1),
  /** Cooperative (配合). */
  COOPERATIVE(CustomerState.COMFORTABLE, 1),
  /** Slow speech (语速慢). */
  SLOW_SPEECH(CustomerState.INDECISIVE, 1),
  /** Hesitates (犹豫). */
  HESITATES(CustomerState.INDECISIVE, 2),
  /** Thinks aloud (边想边说). */
  THINKS_ALOUD(CustomerState.INDECISIVE, 1),
  /** Avoids conflict (避免冲突). */
  AVOIDS_CONFLICT(CustomerState.INDECISIVE, 1),
  /** No clear idea of what they want (没有明确的想法). */
  NO_CLEAR_IDEA(CustomerState.INDECISIVE, 1),
  /** Direct (直截了当). */
  DIRECT(CustomerState.INSISTENT, 1),
  /** Clear idea of what they want (想法明确). */
  CLEAR_IDEA(CustomerState.INSISTENT, 1),
  /** Gives orders (直接发出命令). */
  GIVES_ORDERS(CustomerState.INSISTENT, 2),
  /** Fast speech without pauses (语速快,不停顿). */
  FAST_SPEECH(CustomerState.INSISTENT, 1),
  /** Stares, creating pressure (盯视). */
  STARES(CustomerState.INSISTENT, 1),
  /** Stern (严肃). */
  STERN(CustomerState.IRATE, 1),
  /** Impolite tone (语调不太客气). */
  IMPOLITE_TONE(CustomerState.IRATE, 1),
  /** Seems to pick a quarrel or look for faults (象是要吵架,找茬). */
  PICKS_A_QUARREL(CustomerState.IRATE, 1),
  /** Interrupts (打断你的话). */
  INTERRUPTS(CustomerState.IRATE, 2),
  /** Insulting language (使用侮辱性的语言). */
  INSULTS(CustomerState.IRATE, 2);

  private final CustomerState indicates;
  private final int weight;

  CustomerCue(CustomerState indicates, int weight) {
    this.indicates = indicates;
    this.weight = weight;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The state this cue is evidence for.
   *
   * @return the state
   */
  public CustomerState indicates() {
    return indicates;
  }

  /**
   * The weight of this cue as evidence: 2 for the most telling cues (smiles, hesitates, gives
   * orders, interrupts, insults), 1 for the others.
   *
   * @return 1 or 2
   */
  public int weight() {
    return weight;
  }
}
