/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxStyle;
import io.github.cx4j.core.CxValidationException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a server observed of a customer during an interaction, as a CRM records it: the speech rate,
 * the tone and the other behaviours seen (greeting, smiling, hesitating, giving orders, staring,
 * interrupting, insulting, ...). {@link #cues()} turns it into the {@link CustomerCue cues} from
 * which {@link CustomerState#recognize(CustomerObservation)} recognises the state.
 *
 * <pre>{@code
 * CustomerObservation seen = CustomerObservation.builder()
 *     .speechRate(SpeechRate.FAST)
 *     .tone(Tone.IMPOLITE)
 *     .addBehaviours(CustomerCue.INTERRUPTS)
 *     .build();
 * }</pre>
 *
 * JSON: {@code {"speechRate":"FAST","tone":"IMPOLITE","behaviours":["INTERRUPTS"]}}.
 */
@Value.Immutable
@CxStyle
@JsonSerialize(as = ImmutableCustomerObservation.class)
@JsonDeserialize(as = ImmutableCustomerObservation.class)
public abstract class CustomerObservation {
  private static final Set<CustomerCue> TYPED =
      EnumSet.of(
          CustomerCue.SLOW_SPEECH,
          CustomerCue.FAST_SPEECH,
          CustomerCue.RELAXED_TONE,
          CustomerCue.IMPOLITE_TONE);

  /**
   * The speech rate, if observed.
   *
   * @return the rate
   */
  public abstract Optional<SpeechRate> speechRate();

  /**
   * The tone, if observed.
   *
   * @return the tone
   */
  public abstract Optional<Tone> tone();

  /**
   * The other behaviours observed; speech rate and tone go in their own fields.
   *
   * @return the cues, without the speech-rate and tone cues
   */
  public abstract Set<CustomerCue> behaviours();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CustomerObservation}. */
  public static final class Builder extends ImmutableCustomerObservation.Builder {}

  /**
   * All cues of this observation: the behaviours, plus the speech-rate and tone cues.
   *
   * @return the cues
   */
  @JsonIgnore
  @Value.Derived
  public Set<CustomerCue> cues() {
    Set<CustomerCue> cues = EnumSet.noneOf(CustomerCue.class);
    cues.addAll(behaviours());
    speechRate().flatMap(SpeechRate::cue).ifPresent(cues::add);
    tone().flatMap(Tone::cue).ifPresent(cues::add);
    return cues;
  }

  @Value.Check
  void check() {
    Set<CustomerCue> clash = EnumSet.noneOf(CustomerCue.class);
    clash.addAll(behaviours());
    clash.retainAll(TYPED);
    if (!clash.isEmpty()) {
      throw CxValidationException.of(
          "CustomerObservation.behaviours",
          "not contain speech-rate or tone cues (use speechRate and tone)",
          clash);
    }
  }
}
