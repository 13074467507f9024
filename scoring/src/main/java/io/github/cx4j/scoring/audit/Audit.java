/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.concept.RetentionStep;
import io.github.cx4j.core.concept.ServiceAxis;
import io.github.cx4j.core.concept.ServiceStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Scores audits as pure functions (see the package documentation for the formulas).
 *
 * <ul>
 *   <li>{@link #score(Questionnaire, RatingScale, Map)}: one questionnaire, 0-100 per dimension and
 *       overall, missing answers listed;
 *   <li>{@link #retention(SectionScore)}: maturity level and weakest steps with the seed's
 *       practices (course file "CS Theory and Keeping Customers");
 *   <li>{@link #serviceStyle(SectionScore)}: the {@link ServiceStyle} from the procedural and
 *       personal sub-scores (course file "Understanding Customer Service");
 *   <li>{@link #score(AuditAnswers)}: every answered standard questionnaire of an organisation.
 * </ul>
 */
public final class Audit {
  /** How many weakest steps {@link #retention(SectionScore)} reports. */
  public static final int DEFAULT_WEAKEST = 3;

  private Audit() {}

  /**
   * Scores one questionnaire.
   *
   * @param questionnaire the questionnaire
   * @param scale the Likert scale of the answers
   * @param answers the answer per item code; an empty {@link OptionalInt} or an item left out is a
   *     missing answer
   * @return the scores per dimension and overall, with the missing items
   * @throws CxValidationException for an item code the questionnaire does not have, or an answer
   *     outside the scale
   */
  public static SectionScore score(
      Questionnaire questionnaire, RatingScale scale, Map<String, OptionalInt> answers) {
    check(questionnaire, scale, answers, "Audit.answers");
    Map<Labelled, double[]> sums = new LinkedHashMap<>();
    for (Labelled dimension : questionnaire.dimensions()) {
      sums.put(dimension, new double[3]); // sum, answered, missing
    }
    List<String> missing = new ArrayList<>();
    int answered = 0;
    for (AuditItem item : questionnaire.items()) {
      double[] s = Objects.requireNonNull(sums.get(item.dimension()), "dimension of an item");
      OptionalInt answer = answers.getOrDefault(item.code(), OptionalInt.empty());
      if (answer.isPresent()) {
        s[0] += answer.getAsInt();
        s[1]++;
        answered++;
      } else {
        s[2]++;
        missing.add(item.code());
      }
    }
    List<DimensionScore> dimensions = new ArrayList<>();
    double total = 0;
    int scored = 0;
    for (Map.Entry<Labelled, double[]> e : sums.entrySet()) {
      double[] s = e.getValue();
      Optional<Double> score = Optional.empty();
      if (s[1] > 0) {
        double value = 100.0 * scale.normalise(s[0] / s[1]);
        score = Optional.of(value);
        total += value;
        scored++;
      }
      dimensions.add(new DimensionScore(e.getKey(), (int) s[1], (int) s[2], score));
    }
    Optional<Double> overall = scored == 0 ? Optional.empty() : Optional.of(total / scored);
    return new SectionScore(questionnaire.code(), dimensions, overall, answered, missing);
  }

  /**
   * The retention audit's maturity level and its {@value #DEFAULT_WEAKEST} weakest steps.
   *
   * @param steps the scores of the {@link AuditKind#RETENTION} questionnaire (or any questionnaire
   *     whose dimensions are {@link RetentionStep}s)
   * @return the maturity and the weakest steps with their practices
   */
  public static RetentionResult retention(SectionScore steps) {
    return retention(steps, DEFAULT_WEAKEST);
  }

  /**
   * The retention audit's maturity level and its weakest steps.
   *
   * @param steps the step scores
   * @param weakest how many of the lowest-scoring steps below 100 to report, at least 0
   * @return the maturity and the weakest steps, lowest score first, ties in step order
   * @throws CxValidationException if {@code weakest} is negative
   */
  public static RetentionResult retention(SectionScore steps, int weakest) {
    if (weakest < 0) {
      throw CxValidationException.of("Audit.weakest", "not be negative", weakest);
    }
    List<WeakStep> candidates = new ArrayList<>();
    for (DimensionScore d : steps.dimensions()) {
      if (d.dimension() instanceof RetentionStep step
          && d.score().isPresent()
          && d.score().get() < 100) {
        candidates.add(new WeakStep(step, d.score().get(), step.practices()));
      }
    }
    candidates.sort(Comparator.comparingDouble(WeakStep::score).thenComparing(WeakStep::step));
    List<WeakStep> chosen = candidates.subList(0, Math.min(weakest, candidates.size()));
    return new RetentionResult(steps, steps.overall().map(MaturityLevel::of), chosen);
  }

  /**
   * The service style from the procedural and personal sub-scores, with the default threshold 50 of
   * 100 ({@link ServiceStyle#classify(double, double)} on the scores divided by 100).
   *
   * @param sides the scores of the {@link AuditKind#SERVICE_STYLE} questionnaire (dimensions {@link
   *     ServiceAxis#PROCEDURAL} and {@link ServiceAxis#PERSONAL})
   * @return the style, or empty when a side has no score
   */
  public static Optional<ServiceStyle> serviceStyle(SectionScore sides) {
    Optional<Double> procedural = sides.score(ServiceAxis.PROCEDURAL);
    Optional<Double> personal = sides.score(ServiceAxis.PERSONAL);
    if (procedural.isEmpty() || personal.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ServiceStyle.classify(procedural.get() / 100, personal.get() / 100));
  }

  /**
   * Audits an organisation on every standard questionnaire it answered.
   *
   * @param answers the answer sheet
   * @return the report
   */
  public static AuditReport score(AuditAnswers answers) {
    Map<AuditKind, SectionScore> sections = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (AuditKind kind : AuditKind.values()) {
      Map<String, OptionalInt> sheet = answers.answers().get(kind);
      if (sheet != null) {
        SectionScore s = score(Questionnaire.standard(kind), answers.scale(), sheet);
        sections.put(kind, s);
        for (String item : s.missing()) {
          missing.add(kind.code() + "." + item);
        }
      }
    }
    Optional<SectionScore> sides = Optional.ofNullable(sections.get(AuditKind.SERVICE_STYLE));
    return new AuditReport(
        answers.organisation(),
        answers.scale(),
        Optional.ofNullable(sections.get(AuditKind.CS_SYSTEM)),
        Optional.ofNullable(sections.get(AuditKind.RETENTION)).map(Audit::retention),
        Optional.ofNullable(sections.get(AuditKind.STAFF_INSPECTION)),
        Optional.ofNullable(sections.get(AuditKind.SERVICE_PRINCIPLES)),
        sides,
        sides.flatMap(Audit::serviceStyle),
        missing);
  }

  static void check(
      Questionnaire questionnaire,
      RatingScale scale,
      Map<String, OptionalInt> answers,
      String field) {
    for (Map.Entry<String, OptionalInt> e : answers.entrySet()) {
      if (questionnaire.item(e.getKey()).isEmpty()) {
        throw CxValidationException.of(
            field, "name items of questionnaire " + questionnaire.code(), e.getKey());
      }
      OptionalInt value = e.getValue();
      if (value.isPresent()) {
        scale.require(value.getAsInt(), field + "." + e.getKey());
      }
    }
  }
}
