/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule of an RFM segmentation: a named segment and an inclusive score range per dimension, as
 * in the R package {@code rfm}'s {@code rfm_segment} ({@code recency_lower..recency_upper} and so
 * on). A customer matches when all three scores lie in their ranges.
 *
 * <p>JSON: {@code {"name":"Champions","chineseName":"冠军客户","recencyMin":5,"recencyMax":5,
 * "frequencyMin":5,"frequencyMax":5,"monetaryMin":5,"monetaryMax":5}} ({@code chineseName}
 * optional).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRfmRule.class)
@JsonDeserialize(as = ImmutableRfmRule.class)
public abstract class RfmRule {

  /**
   * The segment's name, for example {@code "Champions"}.
   *
   * @return a non-blank name
   */
  public abstract String name();

  /**
   * The segment's Chinese name, when the caller gives one; preset names have theirs from {@link
   * RfmSegment}.
   *
   * @return the Chinese name, if any
   */
  public abstract Optional<String> chineseName();

  /**
   * Lowest recency score that matches.
   *
   * @return {@code 1..9}
   */
  public abstract int recencyMin();

  /**
   * Highest recency score that matches.
   *
   * @return {@code recencyMin..9}
   */
  public abstract int recencyMax();

  /**
   * Lowest frequency score that matches.
   *
   * @return {@code 1..9}
   */
  public abstract int frequencyMin();

  /**
   * Highest frequency score that matches.
   *
   * @return {@code frequencyMin..9}
   */
  public abstract int frequencyMax();

  /**
   * Lowest monetary score that matches.
   *
   * @return {@code 1..9}
   */
  public abstract int monetaryMin();

  /**
   * Highest monetary score that matches.
   *
   * @return {@code monetaryMin..9}
   */
  public abstract int monetaryMax();

  /**
   * A rule from its name and inclusive ranges.
   *
   * @param name the segment name
   * @param recencyMin lowest recency score
   * @param recencyMax highest recency score
   * @param frequencyMin lowest frequency score
   * @param frequencyMax highest frequency score
   * @param monetaryMin lowest monetary score
   * @param monetaryMax highest monetary score
   * @return the rule
   * @throws CxValidationException if a bound is outside {@code 1..9} or a range is empty
   */
  @SuppressWarnings("TooManyParameters")
  public static RfmRule of(
      String name,
      int recencyMin,
      int recencyMax,
      int frequencyMin,
      int frequencyMax,
      int monetaryMin,
      int monetaryMax) {
    return builder()
        .name(name)
        .recencyMin(recencyMin)
        .recencyMax(recencyMax)
        .frequencyMin(frequencyMin)
        .frequencyMax(frequencyMax)
        .monetaryMin(monetaryMin)
        .monetaryMax(monetaryMax)
        .build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a rule. */
  public static final class Builder extends ImmutableRfmRule.Builder {}

  /**
   * Whether a score triple matches all three ranges.
   *
   * @param recency recency score
   * @param frequency frequency score
   * @param monetary monetary score
   * @return true when all lie within their inclusive ranges
   */
  public boolean matches(int recency, int frequency, int monetary) {
    return recency >= recencyMin()
        && recency <= recencyMax()
        && frequency >= frequencyMin()
        && frequency <= frequencyMax()
        && monetary >= monetaryMin()
        && monetary <= monetaryMax();
  }

  /**
   * The segment's label: the Chinese name (given, or the preset's) for a Chinese locale, the
   * preset's English label or the name otherwise.
   *
   * @param locale the language
   * @return the label
   */
  public String label(Locale locale) {
    Optional<RfmSegment> preset = preset();
    if ("zh".equals(locale.getLanguage())) {
      if (chineseName().isPresent()) {
        return chineseName().get();
      }
      return preset.map(s -> s.label(Locale.CHINESE)).orElse(name());
    }
    return name();
  }

  /**
   * The preset segment of the same name, which supplies labels and descriptions.
   *
   * @return the preset, if the name is one
   */
  @JsonIgnore
  public Optional<RfmSegment> preset() {
    return RfmSegment.byName(name());
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw CxValidationException.of("RfmRule.name", "not be blank", name());
    }
    range("RfmRule.recency", recencyMin(), recencyMax());
    range("RfmRule.frequency", frequencyMin(), frequencyMax());
    range("RfmRule.monetary", monetaryMin(), monetaryMax());
  }

  private void range(String field, int min, int max) {
    int top = RfmCutPoints.MAX_BINS;
    if (min < 1 || min > top) {
      throw CxValidationException.of(field + "Min", "be within 1.." + top, min);
    }
    if (max < min || max > top) {
      throw CxValidationException.of(
          field + "Max", "be within " + field + "Min.." + top + " = " + min + ".." + top, max);
    }
  }
}
