/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import java.util.Optional;

/**
 * A customer's observed voice and tone, one of the cues of {@link CustomerState} (course file
 * "Customer Relationship Management").
 */
public enum Tone implements Labelled {
  /** Relaxed, as a comfortable customer sounds (声音、语调放松). */
  RELAXED(CustomerCue.RELAXED_TONE),
  /** Neutral: no evidence. */
  NEUTRAL(null),
  /** Not polite, as an irate customer sounds (语调不太客气). */
  IMPOLITE(CustomerCue.IMPOLITE_TONE);

  @SuppressWarnings("ImmutableEnumChecker")
  private final Optional<CustomerCue> cue;

  Tone(@org.jspecify.annotations.Nullable CustomerCue cue) {
    this.cue = Optional.ofNullable(cue);
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The cue this tone is evidence of.
   *
   * @return the cue, or empty for {@link #NEUTRAL}
   */
  public Optional<CustomerCue> cue() {
    return cue;
  }
}
