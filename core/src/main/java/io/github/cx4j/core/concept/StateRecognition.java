/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.CxValidationException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of {@link CustomerState#recognize(java.util.Collection)}: the recognised state or
 * none ("undetermined"), the rule that decided, the cues that support the outcome, the support of
 * every state and the recommended handling approach.
 *
 * @param state the recognised state, empty when undetermined
 * @param rule the rule that decided
 * @param evidence the observed cues behind the outcome: those indicating the state when one was
 *     recognised, all observed cues otherwise
 * @param support the total cue weight per state, for all four states
 * @param approach the recommended approach: the state's, or {@link
 *     HandlingApproach#OBSERVE_AND_ASK} when undetermined
 */
public record StateRecognition(
    Optional<CustomerState> state,
    RecognitionRule rule,
    List<CustomerCue> evidence,
    Map<CustomerState, Integer> support,
    HandlingApproach approach) {

  /**
   * Checks that the parts agree.
   *
   * @throws CxValidationException if the state, the rule and the approach disagree
   */
  public StateRecognition {
    evidence = List.copyOf(evidence);
    if (state.isPresent() != rule.determinesState()) {
      throw CxValidationException.of(
          "StateRecognition.rule",
          state.isPresent() ? "determine a state" : "leave the state undetermined",
          rule.code());
    }
    HandlingApproach expected =
        state.map(CustomerState::approach).orElse(HandlingApproach.OBSERVE_AND_ASK);
    if (approach != expected) {
      throw CxValidationException.of(
          "StateRecognition.approach", "be " + expected.code(), approach.code());
    }
    Map<CustomerState, Integer> copy = new EnumMap<>(CustomerState.class);
    copy.putAll(support);
    if (copy.size() != CustomerState.values().length
        || copy.values().stream().anyMatch(v -> v < 0)) {
      throw CxValidationException.of(
          "StateRecognition.support", "have a non-negative entry for every state", support);
    }
    support = Collections.unmodifiableMap(copy);
  }

  static StateRecognition of(
      CustomerState state,
      RecognitionRule rule,
      List<CustomerCue> evidence,
      Map<CustomerState, Integer> support) {
    return new StateRecognition(Optional.of(state), rule, evidence, support, state.approach());
  }

  static StateRecognition undetermined(
      RecognitionRule rule, List<CustomerCue> evidence, Map<CustomerState, Integer> support) {
    return new StateRecognition(
        Optional.empty(), rule, evidence, support, HandlingApproach.OBSERVE_AND_ASK);
  }

  /**
   * Whether a state was recognised.
   *
   * @return false when the outcome is "undetermined"
   */
  public boolean determined() {
    return state.isPresent();
  }

  /**
   * A one-line explanation in the given language, for example {@code "Irate: Insult means irate
   * (Insulting language, Interrupts) -> Let them vent, empathise, then resolve"}.
   *
   * @param locale English, or any {@code zh} locale for Chinese
   * @return the explanation
   */
  public String explain(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    String head = state.map(s -> s.label(locale)).orElse(zh ? "无法判断" : "Undetermined");
    StringBuilder cues = new StringBuilder();
    for (CustomerCue cue : evidence) {
      if (cues.length() > 0) {
        cues.append(zh ? "、" : ", ");
      }
      cues.append(cue.label(locale));
    }
    return head
        + (zh ? ":" : ": ")
        + rule.label(locale)
        + (cues.length() > 0 ? (zh ? "(" + cues + ")" : " (" + cues + ")") : "")
        + " -> "
        + approach.label(locale);
  }
}
