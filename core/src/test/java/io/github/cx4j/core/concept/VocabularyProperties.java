/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyProperties {
  private final ObjectMapper json = CxJson.mapper();

  static boolean hasCjk(String text) {
    return text.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  private static void checkTexts(Labelled concept) {
    String where = concept.getClass().getSimpleName() + "." + concept.code();
    String en = concept.label(Locale.ENGLISH);
    String zh = concept.label(Locale.CHINESE);
    assertFalse(en.isBlank(), where);
    assertFalse(zh.isBlank(), where);
    assertTrue(hasCjk(zh), where + " Chinese label has no Chinese characters: " + zh);
    assertFalse(hasCjk(en), where + " English label has Chinese characters: " + en);
    String enDesc = concept.description(Locale.ENGLISH);
    String zhDesc = concept.description(Locale.CHINESE);
    assertFalse(enDesc.isBlank(), where);
    assertTrue(hasCjk(zhDesc), where + " Chinese description: " + zhDesc);
    assertFalse(hasCjk(enDesc), where + " English description: " + enDesc);
    assertTrue(concept.bilingualLabel().contains(zh), where);
    // any Chinese locale gives Chinese, anything else English
    assertEquals(zh, concept.label(Locale.SIMPLIFIED_CHINESE));
    assertEquals(en, concept.label(Locale.forLanguageTag("tr-TR")));
  }

  @Test
  void everyConceptOfEveryGroupHasBothLabelsAndBothDescriptions() {
    int concepts = 0;
    for (ConceptGroup group : Vocabulary.groups()) {
      checkTexts(group);
      assertFalse(group.concepts().isEmpty(), group.code());
      for (Labelled concept : group.concepts()) {
        checkTexts(concept);
        concepts++;
      }
    }
    assertTrue(concepts > 400, "concepts: " + concepts);
  }

  @Test
  void codesAreEnumNamesAndUniqueWithinAGroupAndGroupsAreUnique() {
    Set<String> groups = new HashSet<>();
    for (ConceptGroup group : Vocabulary.groups()) {
      assertTrue(groups.add(group.code()), group.code());
      assertSame(group, Vocabulary.group(group.code()).orElseThrow());
      Set<String> codes = new HashSet<>();
      for (Labelled concept : group.concepts()) {
        assertEquals(((Enum<?>) concept).name(), concept.code());
        assertTrue(codes.add(concept.code()));
        assertTrue(concept.code().matches("[A-Z][A-Z0-9_]*"), concept.code());
      }
    }
    assertTrue(Vocabulary.group("NoSuchGroup").isEmpty());
  }

  @Test
  void everyCodeRoundTripsThroughJson() throws Exception {
    for (ConceptGroup group : Vocabulary.groups()) {
      for (Labelled concept : group.concepts()) {
        String text = json.writeValueAsString(concept);
        assertEquals("\"" + concept.code() + "\"", text);
        assertSame(concept, json.readValue(text, group.type()));
      }
    }
  }

  @Test
  void groupsAreTheirCodesInJson() throws Exception {
    for (ConceptGroup group : Vocabulary.groups()) {
      String text = json.writeValueAsString(group);
      assertEquals("\"" + group.code() + "\"", text);
      assertSame(group, json.readValue(text, ConceptGroup.class));
    }
    Exception e =
        assertThrows(Exception.class, () -> json.readValue("\"NoGroup\"", ConceptGroup.class));
    assertTrue(
        e.getMessage()
            .contains(
                "ConceptGroup.code must name a concept group of the vocabulary, was \"NoGroup\""),
        e.getMessage());
  }

  @Test
  void unknownCodesNameTheCodeAndTheType() {
    InvalidFormatException e =
        assertThrows(
            InvalidFormatException.class, () -> json.readValue("\"CALMISH\"", CustomerState.class));
    assertTrue(e.getMessage().contains("CALMISH"), e.getMessage());
    assertTrue(e.getMessage().contains("CustomerState"), e.getMessage());
    CxValidationException p =
        assertThrows(
            CxValidationException.class, () -> Vocabulary.parse(ServiceStyle.class, "GREAT"));
    assertEquals(
        "ServiceStyle.code must be one of [INDIFFERENT, BY_THE_BOOK, FRIENDLY_BUT_DISORGANISED,"
            + " QUALITY_SERVICE], was \"GREAT\"",
        p.getMessage());
    assertSame(CustomerState.IRATE, Vocabulary.parse(CustomerState.class, "IRATE"));
  }
}
