/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ordered list of {@link RfmRule}s that puts every customer in one segment: the first rule whose
 * three inclusive score ranges all contain the customer's scores wins, and a customer that no rule
 * matches is in {@code "Others"}. This is the semantics of {@code rfm_segment} in the R package
 * {@code rfm} (Hebbali), which assigns in rule order and never overwrites a segment once set.
 *
 * <p>Presets (both for five score levels): {@link #rfm()}, the current rule set of the R package
 * (rsquaredacademy/rfm, {@code R/rfm-segment.R}, commit 00b067e, the example of {@code
 * rfm_segment}), and {@link #rfmLegacy()}, its older rule set (the {@code rfm_segment} example of
 * the package's earlier releases, for example as extracted in reallyTG/typeR {@code
 * data/genthat_extracted_code/rfm/examples/rfm_segment.Rd.R}). Custom rule lists are built in code
 * with {@link #builder()} or read from JSON with {@link #fromJson(String)}: {@code
 * {"name":"mine","rules":[{"name":"Best","recencyMin":4,...}]}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRfmSegmentation.class)
@JsonDeserialize(as = ImmutableRfmSegmentation.class)
public abstract class RfmSegmentation {

  /** The largest number of rules (segment indices fit a byte). */
  public static final int MAX_RULES = 127;

  /** The name of the segment of customers that no rule matches. */
  public static final String OTHERS = "Others";

  /**
   * The name of the rule set, for example {@code "rfm"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The rules, in the order they are tried.
   *
   * @return at most {@value #MAX_RULES} rules with distinct names
   */
  public abstract List<RfmRule> rules();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a segmentation. */
  public static final class Builder extends ImmutableRfmSegmentation.Builder {}

  /**
   * The current rule set of the R package {@code rfm} (five score levels), in its order: Champions
   * R5 F5 M5; Potential Loyalist R3-5 F3-5 M2-5; Loyal Customers R2-4 F2-4 M2-4; Promising R3-4
   * F1-3 M3-5; New Customers R4-5 F1-3 M1-5; Can't Lose Them R1-2 F3-4 M4-5; At Risk R1-2 F2-5
   * M4-5; Need Attention R1-3 F3-5 M3-5; About To Sleep R2-3 F1-3 M1-4; Lost R1 F1-5 M1-5.
   *
   * @return the preset named {@code "rfm"}
   */
  public static RfmSegmentation rfm() {
    return Presets.CURRENT;
  }

  /**
   * The older rule set of the R package {@code rfm} (five score levels), in its order: Champions
   * R4-5 F4-5 M4-5; Loyal Customers R2-5 F3-5 M3-5; Potential Loyalist R3-5 F1-3 M1-3; New
   * Customers R4-5 F1 M1; Promising R3-4 F1 M1; Need Attention R2-3 F2-3 M2-3; About To Sleep R2-3
   * F1-2 M1-2; At Risk R1-2 F2-5 M2-5; Can't Lose Them R1 F4-5 M4-5; Lost R1-2 F1-2 M1-2.
   *
   * @return the preset named {@code "rfm-legacy"}
   */
  public static RfmSegmentation rfmLegacy() {
    return Presets.LEGACY;
  }

  /**
   * A segmentation from its JSON form.
   *
   * @param json {@code {"name":...,"rules":[...]}}
   * @return the segmentation
   * @throws CxValidationException if the JSON is malformed or breaks a rule; the message names the
   *     property
   */
  public static RfmSegmentation fromJson(String json) {
    try {
      return CxJson.mapper().readValue(json, RfmSegmentation.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CxValidationException cx) {
        throw cx;
      }
      throw CxValidationException.withMessage(
          "RfmSegmentation.json", "RfmSegmentation.json is not valid: " + e.getOriginalMessage());
    }
  }

  /**
   * The JSON form, readable by {@link #fromJson(String)}.
   *
   * @return the JSON text
   */
  public String toJson() {
    try {
      return CxJson.mapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + name(), e);
    }
  }

  /**
   * The index of the first rule that matches a score triple.
   *
   * @param recency recency score
   * @param frequency frequency score
   * @param monetary monetary score
   * @return the rule index, or -1 for {@code "Others"}
   */
  public int segmentOf(int recency, int frequency, int monetary) {
    List<RfmRule> rules = rules();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).matches(recency, frequency, monetary)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The name of the segment with a rule index.
   *
   * @param index a rule index, or -1
   * @return the rule's name, or {@code "Others"} for -1
   */
  public String segmentName(int index) {
    return index < 0 ? OTHERS : rules().get(index).name();
  }

  /**
   * The label of the segment with a rule index in a language.
   *
   * @param index a rule index, or -1
   * @param locale the language
   * @return the label
   */
  public String segmentLabel(int index, Locale locale) {
    return index < 0 ? RfmSegment.OTHERS.label(locale) : rules().get(index).label(locale);
  }

  /**
   * Puts each scored customer in a segment.
   *
   * @param scores the scores
   * @return the segments, in the order of the scores
   */
  public RfmSegments assign(RfmScores scores) {
    int levels = RfmCutPoints.MAX_BINS + 1;
    byte[] table = new byte[levels * levels * levels];
    for (int r = 1; r < levels; r++) {
      for (int f = 1; f < levels; f++) {
        for (int m = 1; m < levels; m++) {
          table[(r * levels + f) * levels + m] = (byte) segmentOf(r, f, m);
        }
      }
    }
    byte[] rs = scores.recencyColumn();
    byte[] fs = scores.frequencyColumn();
    byte[] ms = scores.monetaryColumn();
    byte[] out = new byte[rs.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = table[(rs[i] * levels + fs[i]) * levels + ms[i]];
    }
    return new RfmSegments(scores, this, out);
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw CxValidationException.of("RfmSegmentation.name", "not be blank", name());
    }
    if (rules().size() > MAX_RULES) {
      throw CxValidationException.of(
          "RfmSegmentation.rules", "hold at most " + MAX_RULES + " rules", rules().size());
    }
    Set<String> seen = new HashSet<>();
    for (RfmRule rule : rules()) {
      if (rule.name().equalsIgnoreCase(OTHERS)) {
        throw CxValidationException.of(
            "RfmSegmentation.rules", "not name a rule \"Others\" (reserved)", rule.name());
      }
      if (!seen.add(rule.name())) {
        throw CxValidationException.of("RfmSegmentation.rules", "have distinct names", rule.name());
      }
    }
  }

  /** The preset rule sets, built once. */
  private static final class Presets {
    static final RfmSegmentation CURRENT =
        table(
            "rfm",
            new String[] {
              "Champions",
              "Potential Loyalist",
              "Loyal Customers",
              "Promising",
              "New Customers",
              "Can't Lose Them",
              "At Risk",
              "Need Attention",
              "About To Sleep",
              "Lost"
            },
            new int[] {5, 3, 2, 3, 4, 1, 1, 1, 2, 1},
            new int[] {5, 5, 4, 4, 5, 2, 2, 3, 3, 1},
            new int[] {5, 3, 2, 1, 1, 3, 2, 3, 1, 1},
            new int[] {5, 5, 4, 3, 3, 4, 5, 5, 3, 5},
            new int[] {5, 2, 2, 3, 1, 4, 4, 3, 1, 1},
            new int[] {5, 5, 4, 5, 5, 5, 5, 5, 4, 5});

    static final RfmSegmentation LEGACY =
        table(
            "rfm-legacy",
            new String[] {
              "Champions",
              "Loyal Customers",
              "Potential Loyalist",
              "New Customers",
              "Promising",
              "Need Attention",
              "About To Sleep",
              "At Risk",
              "Can't Lose Them",
              "Lost"
            },
            new int[] {4, 2, 3, 4, 3, 2, 2, 1, 1, 1},
            new int[] {5, 5, 5, 5, 4, 3, 3, 2, 1, 2},
            new int[] {4, 3, 1, 1, 1, 2, 1, 2, 4, 1},
            new int[] {5, 5, 3, 1, 1, 3, 2, 5, 5, 2},
            new int[] {4, 3, 1, 1, 1, 2, 1, 2, 4, 1},
            new int[] {5, 5, 3, 1, 1, 3, 2, 5, 5, 2});

    private Presets() {}

    @SuppressWarnings("TooManyParameters")
    private static RfmSegmentation table(
        String name,
        String[] names,
        int[] rLow,
        int[] rHigh,
        int[] fLow,
        int[] fHigh,
        int[] mLow,
        int[] mHigh) {
      Builder b = builder().name(name);
      for (int i = 0; i < names.length; i++) {
        b.addRules(RfmRule.of(names[i], rLow[i], rHigh[i], fLow[i], fHigh[i], mLow[i], mHigh[i]));
      }
      return b.build();
    }
  }
}
