/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four states a customer may be in during an interaction (course file "Customer Relationship
 * Management", 识别客户状态): comfortable, indecisive, insistent and irate, each with its {@link
 * CustomerCue cues} and its {@link HandlingApproach handling approach}.
 *
 * <p>{@link #recognize(Collection)} is a transparent rule-based recogniser over observed cues:
 *
 * <ol>
 *   <li>no cue observed: undetermined ({@link RecognitionRule#NO_CUES});
 *   <li>insulting language observed: {@link #IRATE} ({@link RecognitionRule#INSULT_OVERRIDE});
 *   <li>otherwise each state's support is the sum of the {@link CustomerCue#weight() weights} of
 *       the observed cues that indicate it; the best-supported state wins when its support is at
 *       least {@link #MINIMUM_SUPPORT} ({@link RecognitionRule#INSUFFICIENT_EVIDENCE} otherwise)
 *       and no other state has as much ({@link RecognitionRule#CONFLICTING_CUES} otherwise).
 * </ol>
 *
 * The result names its rule, its evidence, every state's support and the recommended approach
 * ({@link HandlingApproach#OBSERVE_AND_ASK} while undetermined).
 */
public enum CustomerState implements Labelled {
  /** Relaxed and friendly (舒适). */
  COMFORTABLE(HandlingApproach.BUILD_RAPPORT),
  /** Unsure and hesitant (犹豫不决). */
  INDECISIVE(HandlingApproach.GUIDE_WITH_OPTIONS),
  /** Direct and determined (坚持己见). */
  INSISTENT(HandlingApproach.ACT_EFFICIENTLY),
  /** Angry (愤怒). */
  IRATE(HandlingApproach.DEFUSE_AND_RESOLVE);

  /** The least total cue weight with which a state is recognised by majority. */
  public static final int MINIMUM_SUPPORT = 2;

  private final HandlingApproach approach;

  CustomerState(HandlingApproach approach) {
    this.approach = approach;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The cues that indicate this state, in the order of the seed.
   *
   * @return the cues, never empty
   */
  public List<CustomerCue> cues() {
    List<CustomerCue> cues = new ArrayList<>();
    for (CustomerCue cue : CustomerCue.values()) {
      if (cue.indicates() == this) {
        cues.add(cue);
      }
    }
    return List.copyOf(cues);
  }

  /**
   * How to handle a customer in this state.
   *
   * @return the approach
   */
  public HandlingApproach approach() {
    return approach;
  }

  /**
   * Recognises the state from observed cues, by the rules in the type's documentation.
   *
   * @param observed the cues observed during the interaction (speech rate, tone, interrupting,
   *     insulting, hesitating, giving orders, smiling, ...)
   * @return the state or "undetermined", with the rule, the evidence, the support per state and the
   *     recommended approach
   */
  public static StateRecognition recognize(Collection<CustomerCue> observed) {
    Set<CustomerCue> cues =
        observed.isEmpty() ? EnumSet.noneOf(CustomerCue.class) : EnumSet.copyOf(observed);
    Map<CustomerState, Integer> support = new EnumMap<>(CustomerState.class);
    for (CustomerState state : values()) {
      support.put(state, 0);
    }
    for (CustomerCue cue : cues) {
      support.merge(cue.indicates(), cue.weight(), Integer::sum);
    }
    if (cues.isEmpty()) {
      return StateRecognition.undetermined(RecognitionRule.NO_CUES, List.of(), support);
    }
    if (cues.contains(CustomerCue.INSULTS)) {
      return StateRecognition.of(
          IRATE, RecognitionRule.INSULT_OVERRIDE, evidence(cues, IRATE), support);
    }
    CustomerState best = COMFORTABLE;
    for (CustomerState state : values()) {
      if (support.getOrDefault(state, 0) > support.getOrDefault(best, 0)) {
        best = state;
      }
    }
    int top = support.getOrDefault(best, 0);
    long tied = support.values().stream().filter(s -> s == top).count();
    if (top < MINIMUM_SUPPORT) {
      return StateRecognition.undetermined(
          RecognitionRule.INSUFFICIENT_EVIDENCE, List.copyOf(cues), support);
    }
    if (tied > 1) {
      return StateRecognition.undetermined(
          RecognitionRule.CONFLICTING_CUES, List.copyOf(cues), support);
    }
    return StateRecognition.of(best, RecognitionRule.CLEAR_MAJORITY, evidence(cues, best), support);
  }

  /**
   * Recognises the state from observed cues; see {@link #recognize(Collection)}.
   *
   * @param observed the observed cues
   * @return the recognition
   */
  public static StateRecognition recognize(CustomerCue... observed) {
    return recognize(Arrays.asList(observed));
  }

  /**
   * Recognises the state from a recorded observation; see {@link #recognize(Collection)}.
   *
   * @param observation what was observed: speech rate, tone and other behaviours
   * @return the recognition
   */
  public static StateRecognition recognize(CustomerObservation observation) {
    return recognize(observation.cues());
  }

  private static List<CustomerCue> evidence(Set<CustomerCue> cues, CustomerState state) {
    List<CustomerCue> evidence = new ArrayList<>();
    for (CustomerCue cue : cues) {
      if (cue.indicates() == state) {
        evidence.add(cue);
      }
    }
    return List.copyOf(evidence);
  }
}
