/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.internal.Texts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComplaintVocabularyTest {

  @Test
  void principlesAreTheSeedsFiveWithTheirPractices() {
    assertEquals(5, ComplaintPrinciple.values().length);
    assertEquals(
        List.of(
            PrinciplePractice.RESPOND_ACTIVELY,
            PrinciplePractice.ACT_PROMPTLY,
            PrinciplePractice.ESCALATE_WHEN_NEEDED,
            PrinciplePractice.KEEP_CUSTOMER_INFORMED),
        ComplaintPrinciple.TIMELINESS.practices());
    for (ComplaintPrinciple p : ComplaintPrinciple.values()) {
      assertFalse(p.practices().isEmpty(), p.code());
    }
    assertEquals("时效性原则", ComplaintPrinciple.TIMELINESS.label(Locale.CHINESE));
  }

  @Test
  void blameShiftingPhrasesCarryTheSeedWordingWhatIsHeardAndABetterOne() {
    BlameShiftingPhrase p = BlameShiftingPhrase.COMPANY_POLICY;
    assertEquals("这是公司规定。", p.phrase(Locale.CHINESE));
    assertEquals("It's company policy.", p.phrase(Locale.ENGLISH));
    assertEquals("所以要顾客配合？！", p.customerHears(Locale.CHINESE));
    assertTrue(p.betterWording(Locale.ENGLISH).contains("we"));
    assertEquals(
        "所以是顾客来找碴？！", BlameShiftingPhrase.NEVER_HAPPENS_HERE.customerHears(Locale.CHINESE));
    for (BlameShiftingPhrase b : BlameShiftingPhrase.values()) {
      for (Locale l : List.of(Locale.ENGLISH, Locale.CHINESE)) {
        assertFalse(b.phrase(l).isBlank());
        assertFalse(b.customerHears(l).isBlank());
        assertNotEquals(b.phrase(l), b.betterWording(l));
      }
      assertTrue(VocabularyProperties.hasCjk(b.betterWording(Locale.CHINESE)));
    }
  }

  @Test
  void missingExtraTextsNameTheKey() {
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> Texts.text(ComplaintPrinciple.TRUST, "phrase", Locale.ENGLISH));
    assertEquals(
        "No phrase for ComplaintPrinciple.TRUST in bundle io.github.cx4j.core.concept.messages (en)",
        e.getMessage());
  }
}
