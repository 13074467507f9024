/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import static io.github.cx4j.core.concept.CustomerCue.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class CustomerStateTest {

  @Test
  void eachStateHasTheSeedCuesAndItsApproach() {
    assertEquals(
        List.of(GREETS_FIRST, SMILES, FRIENDLY, RELAXED_TONE, TALKATIVE, CALM, COOPERATIVE),
        CustomerState.COMFORTABLE.cues());
    assertEquals(
        List.of(SLOW_SPEECH, HESITATES, THINKS_ALOUD, AVOIDS_CONFLICT, NO_CLEAR_IDEA),
        CustomerState.INDECISIVE.cues());
    assertEquals(
        List.of(DIRECT, CLEAR_IDEA, GIVES_ORDERS, FAST_SPEECH, STARES),
        CustomerState.INSISTENT.cues());
    assertEquals(
        List.of(STERN, IMPOLITE_TONE, PICKS_A_QUARREL, INTERRUPTS, INSULTS),
        CustomerState.IRATE.cues());
    assertEquals(HandlingApproach.BUILD_RAPPORT, CustomerState.COMFORTABLE.approach());
    assertEquals(HandlingApproach.GUIDE_WITH_OPTIONS, CustomerState.INDECISIVE.approach());
    assertEquals(HandlingApproach.ACT_EFFICIENTLY, CustomerState.INSISTENT.approach());
    assertEquals(HandlingApproach.DEFUSE_AND_RESOLVE, CustomerState.IRATE.approach());
    assertEquals("愤怒", CustomerState.IRATE.label(Locale.CHINESE));
    assertEquals("Insistent", CustomerState.INSISTENT.label(Locale.ENGLISH));
  }

  @Test
  void recognisesAnIrateCustomerFromInterruptionsAndTone() {
    StateRecognition r = CustomerState.recognize(INTERRUPTS, IMPOLITE_TONE, FAST_SPEECH);
    assertEquals(Optional.of(CustomerState.IRATE), r.state());
    assertTrue(r.determined());
    assertEquals(RecognitionRule.CLEAR_MAJORITY, r.rule());
    assertEquals(List.of(IMPOLITE_TONE, INTERRUPTS), r.evidence());
    assertEquals(3, r.support().get(CustomerState.IRATE));
    assertEquals(1, r.support().get(CustomerState.INSISTENT));
    assertEquals(HandlingApproach.DEFUSE_AND_RESOLVE, r.approach());
    assertEquals(
        "Irate: Clear majority of cues (Impolite tone, Interrupts) -> Let them vent, empathise,"
            + " then resolve",
        r.explain(Locale.ENGLISH));
    assertEquals("愤怒:信号明显占优(语调不太客气、打断你的话) -> 让客户发泄、表示理解、再解决", r.explain(Locale.CHINESE));
  }

  @Test
  void insultsOverrideEverythingElse() {
    StateRecognition r = CustomerState.recognize(INSULTS, SMILES, GREETS_FIRST, TALKATIVE);
    assertEquals(Optional.of(CustomerState.IRATE), r.state());
    assertEquals(RecognitionRule.INSULT_OVERRIDE, r.rule());
    assertEquals(List.of(INSULTS), r.evidence());
  }

  @Test
  void recognisesTheOtherStates() {
    assertEquals(Optional.of(CustomerState.COMFORTABLE), CustomerState.recognize(SMILES).state());
    assertEquals(
        Optional.of(CustomerState.INDECISIVE),
        CustomerState.recognize(SLOW_SPEECH, THINKS_ALOUD).state());
    assertEquals(
        Optional.of(CustomerState.INSISTENT),
        CustomerState.recognize(Set.of(GIVES_ORDERS, FAST_SPEECH, SMILES)).state());
  }

  @Test
  void saysUndeterminedWhenTheCuesDoNotSupportAState() {
    StateRecognition none = CustomerState.recognize();
    assertEquals(RecognitionRule.NO_CUES, none.rule());
    assertFalse(none.determined());
    assertEquals(HandlingApproach.OBSERVE_AND_ASK, none.approach());
    assertEquals(
        "Undetermined: No cues -> Keep observing and ask open questions",
        none.explain(Locale.ENGLISH));
    StateRecognition weak = CustomerState.recognize(CALM);
    assertEquals(RecognitionRule.INSUFFICIENT_EVIDENCE, weak.rule());
    assertEquals(List.of(CALM), weak.evidence());
    StateRecognition tie = CustomerState.recognize(HESITATES, GIVES_ORDERS);
    assertEquals(RecognitionRule.CONFLICTING_CUES, tie.rule());
    assertEquals(Optional.empty(), tie.state());
    assertEquals(List.of(HESITATES, GIVES_ORDERS), tie.evidence());
    assertEquals("无法判断:信号相互矛盾(犹豫、直接发出命令) -> 继续观察、开放式提问", tie.explain(Locale.CHINESE));
  }

  private static final Gen<Set<CustomerCue>> CUE_SETS =
      SourceDSL.lists()
          .of(SourceDSL.arbitrary().enumValues(CustomerCue.class))
          .ofSizeBetween(0, 8)
          .map(l -> l.isEmpty() ? EnumSet.noneOf(CustomerCue.class) : EnumSet.copyOf(l));

  @Test
  void recognitionIsConsistentAndAddingACueOfTheRecognisedStateKeepsIt() {
    qt().forAll(CUE_SETS, SourceDSL.arbitrary().enumValues(CustomerCue.class))
        .checkAssert(
            (cues, extra) -> {
              StateRecognition r = CustomerState.recognize(cues);
              assertEquals(r.rule().determinesState(), r.state().isPresent());
              assertTrue(cues.containsAll(r.evidence()));
              int total = r.support().values().stream().mapToInt(Integer::intValue).sum();
              assertEquals(cues.stream().mapToInt(CustomerCue::weight).sum(), total);
              if (r.determined() && extra.indicates() == r.state().get()) {
                Set<CustomerCue> more = EnumSet.copyOf(cues);
                more.add(extra);
                assertEquals(r.state(), CustomerState.recognize(more).state());
              }
            });
  }

  @Test
  void recognitionRoundTripsThroughJsonAndChecksItsParts() throws Exception {
    ObjectMapper json = CxJson.mapper();
    StateRecognition r = CustomerState.recognize(HESITATES, SLOW_SPEECH);
    String text = json.writeValueAsString(r);
    assertEquals(r, json.readValue(text, StateRecognition.class));
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () ->
                new StateRecognition(
                    Optional.empty(),
                    RecognitionRule.CLEAR_MAJORITY,
                    List.of(),
                    Map.of(),
                    HandlingApproach.OBSERVE_AND_ASK));
    assertEquals(
        "StateRecognition.rule must leave the state undetermined, was \"CLEAR_MAJORITY\"",
        e.getMessage());
    CxValidationException a =
        assertThrows(
            CxValidationException.class,
            () ->
                new StateRecognition(
                    Optional.of(CustomerState.IRATE),
                    RecognitionRule.CLEAR_MAJORITY,
                    List.of(),
                    Map.of(),
                    HandlingApproach.BUILD_RAPPORT));
    assertEquals(
        "StateRecognition.approach must be DEFUSE_AND_RESOLVE, was \"BUILD_RAPPORT\"",
        a.getMessage());
    CxValidationException m =
        assertThrows(
            CxValidationException.class,
            () ->
                new StateRecognition(
                    Optional.empty(),
                    RecognitionRule.NO_CUES,
                    List.of(),
                    Map.of(CustomerState.IRATE, 0),
                    HandlingApproach.OBSERVE_AND_ASK));
    assertEquals(
        "StateRecognition.support must have a non-negative entry for every state, was {IRATE=0}",
        m.getMessage());
  }

  @Test
  void recognisesFromARecordedObservation() throws Exception {
    CustomerObservation seen =
        CustomerObservation.builder()
            .speechRate(SpeechRate.FAST)
            .tone(Tone.IMPOLITE)
            .addBehaviours(INTERRUPTS)
            .build();
    assertEquals(EnumSet.of(FAST_SPEECH, IMPOLITE_TONE, INTERRUPTS), seen.cues());
    StateRecognition r = CustomerState.recognize(seen);
    assertEquals(Optional.of(CustomerState.IRATE), r.state());
    assertEquals(List.of(IMPOLITE_TONE, INTERRUPTS), r.evidence());
    CustomerObservation slow =
        CustomerObservation.builder().speechRate(SpeechRate.SLOW).addBehaviours(HESITATES).build();
    assertEquals(Optional.of(CustomerState.INDECISIVE), CustomerState.recognize(slow).state());
    CustomerObservation neutral =
        CustomerObservation.builder().speechRate(SpeechRate.NORMAL).tone(Tone.NEUTRAL).build();
    assertEquals(RecognitionRule.NO_CUES, CustomerState.recognize(neutral).rule());
    assertEquals(Optional.of(CustomerCue.RELAXED_TONE), Tone.RELAXED.cue());
    ObjectMapper json = CxJson.mapper();
    String text = json.writeValueAsString(seen);
    assertEquals(
        "{\"behaviours\":[\"INTERRUPTS\"],\"speechRate\":\"FAST\",\"tone\":\"IMPOLITE\"}", text);
    assertEquals(seen, json.readValue(text, CustomerObservation.class));
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> CustomerObservation.builder().addBehaviours(SMILES, FAST_SPEECH).build());
    assertEquals(
        "CustomerObservation.behaviours must not contain speech-rate or tone cues (use speechRate"
            + " and tone), was [FAST_SPEECH]",
        e.getMessage());
  }
}
