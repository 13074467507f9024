/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.concept.CsLayer;
import io.github.cx4j.core.concept.InspectionDimension;
import io.github.cx4j.core.concept.RetentionMethod;
import io.github.cx4j.core.concept.RetentionStep;
import io.github.cx4j.core.concept.ServiceAxis;
import io.github.cx4j.core.concept.ServiceStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AuditTest {
  private static final RatingScale FIVE = RatingScale.ONE_TO_FIVE;

  static Map<String, OptionalInt> all(Questionnaire q, int value) {
    Map<String, OptionalInt> m = new LinkedHashMap<>();
    for (String code : q.itemCodes()) {
      m.put(code, OptionalInt.of(value));
    }
    return m;
  }

  @Test
  void standardQuestionnairesCoverTheirConcepts() {
    assertEquals(
        List.of(
            CsLayer.MIND_SATISFACTION,
            CsLayer.BEHAVIOUR_SATISFACTION,
            CsLayer.VISUAL_HEARING_SATISFACTION),
        Questionnaire.standard(AuditKind.CS_SYSTEM).dimensions());
    assertEquals(
        List.of(RetentionStep.values()), Questionnaire.standard(AuditKind.RETENTION).dimensions());
    assertEquals(24, Questionnaire.standard(AuditKind.RETENTION).items().size());
    assertEquals(
        List.of(InspectionDimension.values()),
        Questionnaire.standard(AuditKind.STAFF_INSPECTION).dimensions());
    assertEquals(7, Questionnaire.standard(AuditKind.SERVICE_PRINCIPLES).dimensions().size());
    assertEquals(
        List.of(ServiceAxis.PROCEDURAL, ServiceAxis.PERSONAL),
        Questionnaire.standard(AuditKind.SERVICE_STYLE).dimensions());
    AuditItem ms1 = Questionnaire.standard(AuditKind.CS_SYSTEM).item("MS1").orElseThrow();
    assertEquals("企业理念从顾客的角度表述。", ms1.text(Locale.CHINESE));
    assertTrue(ms1.text(Locale.ENGLISH).startsWith("Our mission"));
  }

  @Test
  void csSystemScoresEachLayerAndOverallOnZeroToHundred() {
    Questionnaire q = Questionnaire.standard(AuditKind.CS_SYSTEM);
    Map<String, OptionalInt> a = all(q, 3);
    a.put("MS1", OptionalInt.of(5));
    a.put("MS2", OptionalInt.of(5)); // MS mean 4 -> 75
    a.put("VHS1", OptionalInt.of(1)); // VHS mean 2.5 -> 37.5
    a.put("BS4", OptionalInt.empty()); // BS mean 3 -> 50, one missing
    SectionScore s = Audit.score(q, FIVE, a);
    assertEquals(Optional.of(75.0), s.score(CsLayer.MIND_SATISFACTION));
    assertEquals(Optional.of(50.0), s.score(CsLayer.BEHAVIOUR_SATISFACTION));
    assertEquals(Optional.of(37.5), s.score(CsLayer.VISUAL_HEARING_SATISFACTION));
    assertEquals((75 + 50 + 37.5) / 3, s.overall().orElseThrow(), 1e-12);
    assertEquals(List.of("BS4"), s.missing());
    assertEquals(11, s.answered());
    assertEquals(1, s.dimensions().get(1).missing());
    assertEquals(3, s.dimensions().get(1).answered());
  }

  @Test
  void missingAnswersAreReportedNeverZero() {
    Questionnaire q = Questionnaire.standard(AuditKind.CS_SYSTEM);
    Map<String, OptionalInt> a = new LinkedHashMap<>();
    a.put("MS1", OptionalInt.of(5));
    SectionScore s = Audit.score(q, FIVE, a);
    assertEquals(Optional.of(100.0), s.score(CsLayer.MIND_SATISFACTION));
    assertEquals(Optional.empty(), s.score(CsLayer.BEHAVIOUR_SATISFACTION));
    assertEquals(Optional.of(100.0), s.overall());
    assertEquals(11, s.missing().size());
    SectionScore none = Audit.score(q, FIVE, Map.of());
    assertEquals(Optional.empty(), none.overall());
    assertEquals(0, none.answered());
    assertEquals(Optional.empty(), Audit.retention(none).maturity());
  }

  @Test
  void badAnswersNameTheItemAndValue() {
    Questionnaire q = Questionnaire.standard(AuditKind.CS_SYSTEM);
    CxValidationException off =
        assertThrows(
            CxValidationException.class,
            () -> Audit.score(q, FIVE, Map.of("MS1", OptionalInt.of(6))));
    assertEquals("Audit.answers.MS1 must be within 1..5, was 6", off.getMessage());
    CxValidationException unknown =
        assertThrows(
            CxValidationException.class,
            () -> Audit.score(q, FIVE, Map.of("MS9", OptionalInt.of(3))));
    assertEquals(
        "Audit.answers must name items of questionnaire CS_SYSTEM, was \"MS9\"",
        unknown.getMessage());
    assertThrows(
        CxValidationException.class, () -> Audit.retention(Audit.score(q, FIVE, Map.of()), -1));
  }

  @Test
  void retentionGivesMaturityAndWeakestStepsWithTheirPractices() {
    Questionnaire q = Questionnaire.standard(AuditKind.RETENTION);
    Map<String, OptionalInt> a = all(q, 4);
    a.put("R08a", OptionalInt.of(1));
    a.put("R08b", OptionalInt.of(2)); // 12.5
    a.put("R03a", OptionalInt.of(2));
    a.put("R03b", OptionalInt.of(2)); // 25
    a.put("R11a", OptionalInt.of(3)); // 62.5
    a.put("R12a", OptionalInt.of(5));
    a.put("R12b", OptionalInt.of(5)); // 100, never weak
    RetentionResult r = Audit.retention(Audit.score(q, FIVE, a));
    assertEquals(
        List.of(
            RetentionStep.EMPOWERMENT_AND_TRAINING,
            RetentionStep.IDENTIFY_CUSTOMER_NEEDS,
            RetentionStep.RECOGNITION_AND_REWARD),
        r.weakest().stream().map(WeakStep::step).toList());
    assertEquals(12.5, r.weakest().get(0).score(), 1e-12);
    assertEquals(
        List.of(
            RetentionMethod.EMPOWER_EMPLOYEES,
            RetentionMethod.TRAIN_EMPLOYEES,
            RetentionMethod.RIGHT_FIRST_TIME),
        r.weakest().get(0).practices());
    double overall = (12.5 + 25 + 62.5 + 100 + 8 * 75) / 12;
    assertEquals(overall, r.section().overall().orElseThrow(), 1e-12);
    assertEquals(Optional.of(MaturityLevel.DEFINED), r.maturity());
    assertEquals(12, Audit.retention(r.section(), 20).weakest().size() + 1);
    assertEquals(List.of(), Audit.retention(r.section(), 0).weakest());
  }

  @Test
  void maturityLevelsHaveTheirBounds() {
    assertEquals(MaturityLevel.INITIAL, MaturityLevel.of(0));
    assertEquals(MaturityLevel.INITIAL, MaturityLevel.of(39.99));
    assertEquals(MaturityLevel.DEVELOPING, MaturityLevel.of(40));
    assertEquals(MaturityLevel.MANAGED, MaturityLevel.of(89.9));
    assertEquals(MaturityLevel.OPTIMISING, MaturityLevel.of(100));
    CxValidationException e =
        assertThrows(CxValidationException.class, () -> MaturityLevel.of(100.5));
    assertEquals("MaturityLevel.score must be within 0..100, was 100.5", e.getMessage());
    assertEquals("初始级", MaturityLevel.INITIAL.label(Locale.CHINESE));
  }

  @Test
  void serviceStyleFromTheTwoSides() {
    Questionnaire q = Questionnaire.standard(AuditKind.SERVICE_STYLE);
    Map<String, OptionalInt> a = new LinkedHashMap<>();
    for (String code : q.itemCodes()) {
      a.put(code, OptionalInt.of(code.startsWith("PR") ? 4 : 2));
    }
    assertEquals(
        Optional.of(ServiceStyle.BY_THE_BOOK), Audit.serviceStyle(Audit.score(q, FIVE, a)));
    a.replaceAll((k, v) -> OptionalInt.of(k.startsWith("PR") ? 2 : 5));
    assertEquals(
        Optional.of(ServiceStyle.FRIENDLY_BUT_DISORGANISED),
        Audit.serviceStyle(Audit.score(q, FIVE, a)));
    a.replaceAll((k, v) -> k.startsWith("PR") ? OptionalInt.empty() : OptionalInt.of(5));
    assertEquals(Optional.empty(), Audit.serviceStyle(Audit.score(q, FIVE, a)));
  }

  @Test
  void wholeReportFromAnswersAndJsonRoundTrip() throws Exception {
    Map<AuditKind, Map<String, OptionalInt>> sheets = new EnumMap<>(AuditKind.class);
    for (AuditKind kind : AuditKind.values()) {
      sheets.put(kind, all(Questionnaire.standard(kind), 4));
    }
    sheets.get(AuditKind.CS_SYSTEM).put("VHS2", OptionalInt.empty());
    sheets.get(AuditKind.RETENTION).remove("R05b");
    AuditAnswers answers = new AuditAnswers("Lakeside Hotel", FIVE, sheets);
    AuditReport report = Audit.score(answers);
    assertEquals(List.of("CS_SYSTEM.VHS2", "RETENTION.R05b"), report.missing());
    assertEquals(Optional.of(ServiceStyle.QUALITY_SERVICE), report.serviceStyle());
    assertEquals(Optional.of(75.0), report.csSystem().orElseThrow().overall());
    // all steps tie at 75: the first three in step order
    assertEquals(
        List.of(
            RetentionStep.TOP_MANAGEMENT_SUPPORT,
            RetentionStep.INTERNAL_ASSESSMENT,
            RetentionStep.IDENTIFY_CUSTOMER_NEEDS),
        report.retention().orElseThrow().weakest().stream().map(WeakStep::step).toList());
    ObjectMapper json = CxJson.mapper();
    String text = json.writeValueAsString(answers);
    assertTrue(text.contains("\"VHS2\":null"), text);
    assertEquals(answers, json.readValue(text, AuditAnswers.class));
    String reportText = json.writeValueAsString(report);
    assertTrue(reportText.contains("\"dimension\":\"CsLayer.MIND_SATISFACTION\""), reportText);
    assertEquals(report, json.readValue(reportText, AuditReport.class));
    Questionnaire q = Questionnaire.standard(AuditKind.STAFF_INSPECTION);
    assertEquals(q, json.readValue(json.writeValueAsString(q), Questionnaire.class));
  }

  @Test
  void jsonErrorsNameTheCodeAndTheType() {
    ObjectMapper json = CxJson.mapper();
    Exception kind =
        assertThrows(
            Exception.class,
            () ->
                json.readValue(
                    "{\"organisation\":\"X\",\"scale\":{\"min\":1,\"max\":5},"
                        + "\"answers\":{\"CS_SYSTEMS\":{}}}",
                    AuditAnswers.class));
    assertTrue(kind.getMessage().contains("CS_SYSTEMS"), kind.getMessage());
    assertTrue(kind.getMessage().contains("AuditKind"), kind.getMessage());
    Exception item =
        assertThrows(
            Exception.class,
            () ->
                json.readValue(
                    "{\"organisation\":\"X\",\"scale\":{\"min\":1,\"max\":5},"
                        + "\"answers\":{\"CS_SYSTEM\":{\"MS7\":3}}}",
                    AuditAnswers.class));
    assertTrue(
        item.getMessage()
            .contains(
                "AuditAnswers.answers.CS_SYSTEM must name items of questionnaire CS_SYSTEM, was"
                    + " \"MS7\""),
        item.getMessage());
    Exception range =
        assertThrows(
            Exception.class,
            () ->
                json.readValue(
                    "{\"organisation\":\"X\",\"scale\":{\"min\":1,\"max\":5},"
                        + "\"answers\":{\"CS_SYSTEM\":{\"MS1\":0}}}",
                    AuditAnswers.class));
    assertTrue(range.getCause() instanceof CxValidationException, range.toString());
    assertTrue(
        range
            .getMessage()
            .contains("AuditAnswers.answers.CS_SYSTEM.MS1 must be within 1..5, was 0"),
        range.getMessage());
    Exception concept =
        assertThrows(
            Exception.class,
            () ->
                json.readValue(
                    "{\"code\":\"Q\",\"items\":[{\"code\":\"A\",\"dimension\":"
                        + "\"CsLayer.MIND\",\"en\":\"a\",\"zh\":\"甲\"}]}",
                    Questionnaire.class));
    assertTrue(
        concept
            .getMessage()
            .contains("concept must be a code of concept type CsLayer, was \"MIND\""),
        concept.getMessage());
    Exception type =
        assertThrows(
            Exception.class,
            () ->
                json.readValue(
                    "{\"code\":\"Q\",\"items\":[{\"code\":\"A\",\"dimension\":"
                        + "\"Layer.MIND\",\"en\":\"a\",\"zh\":\"甲\"}]}",
                    Questionnaire.class));
    assertTrue(
        type.getMessage()
            .contains("concept must name a concept type of the vocabulary, was \"Layer\""),
        type.getMessage());
  }

  @Test
  void valueChecks() {
    CxValidationException blank =
        assertThrows(CxValidationException.class, () -> new AuditAnswers(" ", FIVE, Map.of()));
    assertEquals("AuditAnswers.organisation must not be blank, was \" \"", blank.getMessage());
    assertThrows(CxValidationException.class, () -> new Questionnaire("Q", List.of()));
    AuditItem a = new AuditItem("A", CsLayer.MIND_SATISFACTION, "a", "甲");
    CxValidationException dup =
        assertThrows(CxValidationException.class, () -> new Questionnaire("Q", List.of(a, a)));
    assertEquals("Questionnaire.items must have unique codes, was \"A\"", dup.getMessage());
    assertThrows(
        CxValidationException.class,
        () -> new AuditItem("A B", CsLayer.MIND_SATISFACTION, "a", "甲"));
    assertThrows(
        CxValidationException.class, () -> new AuditItem("A", CsLayer.MIND_SATISFACTION, "", "甲"));
    assertThrows(
        CxValidationException.class,
        () -> new DimensionScore(CsLayer.MIND_SATISFACTION, 0, 1, Optional.of(3.0)));
    assertThrows(
        CxValidationException.class,
        () -> new DimensionScore(CsLayer.MIND_SATISFACTION, 1, 0, Optional.of(300.0)));
    assertThrows(
        CxValidationException.class,
        () -> new DimensionScore(CsLayer.MIND_SATISFACTION, -1, 0, Optional.empty()));
  }
}
