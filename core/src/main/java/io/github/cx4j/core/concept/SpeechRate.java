/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import java.util.Optional;

/**
 * A customer's observed speech rate, one of the cues of {@link CustomerState} (course file
 * "Customer Relationship Management").
 */
public enum SpeechRate implements Labelled {
  /** Slow, as an indecisive customer speaks (语速慢). */
  SLOW(CustomerCue.SLOW_SPEECH),
  /** Neither slow nor fast: no evidence. */
  NORMAL(null),
  /** Fast without pauses, as an insistent customer speaks (语速快,不停顿). */
  FAST(CustomerCue.FAST_SPEECH);

  @SuppressWarnings("ImmutableEnumChecker")
  private final Optional<CustomerCue> cue;

  SpeechRate(@org.jspecify.annotations.Nullable CustomerCue cue) {
    this.cue = Optional.ofNullable(cue);
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The cue this speech rate is evidence of.
   *
   * @return the cue, or empty for {@link #NORMAL}
   */
  public Optional<CustomerCue> cue() {
    return cue;
  }
}
