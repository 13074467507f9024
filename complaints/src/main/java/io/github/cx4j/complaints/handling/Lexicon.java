/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.concept.BlameShiftingPhrase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phrases the {@link ReplyChecker} looks for. The standard lexicon holds the five
 * blame-shifting phrases of course file "Customer Relationship Management" (texts from {@link
 * BlameShiftingPhrase}, with variants as triggers) and common negative phrases in both languages
 * from the resource {@code reply-lexicon.json}. Callers extend it with {@link #plus} or load their
 * own JSON with {@link #fromJson}.
 *
 * @param entries the entries
 */
public record Lexicon(List<LexiconEntry> entries) {
  private static final Map<BlameShiftingPhrase, List<List<String>>> SEED_TRIGGERS = seedTriggers();
  private static final Lexicon STANDARD = loadStandard();

  /** Copies the entries. */
  public Lexicon {
    entries = List.copyOf(entries);
  }

  /**
   * The standard lexicon.
   *
   * @return the lexicon
   */
  public static Lexicon standard() {
    return STANDARD;
  }

  /**
   * This lexicon with more entries.
   *
   * @param more the entries to add
   * @return a new lexicon
   */
  public Lexicon plus(List<LexiconEntry> more) {
    List<LexiconEntry> all = new ArrayList<>(entries);
    all.addAll(more);
    return new Lexicon(all);
  }

  /**
   * A lexicon from a JSON array of entries ({@code code, kind, language, triggers, customerHears,
   * betterWording}).
   *
   * @param json the stream; not closed
   * @return the lexicon
   * @throws CxValidationException if the JSON is not a valid entry list
   */
  public static Lexicon fromJson(InputStream json) {
    ObjectMapper mapper = CxJson.mapper();
    try {
      LexiconEntry[] read = mapper.readValue(json, LexiconEntry[].class);
      return new Lexicon(List.of(read));
    } catch (IOException e) {
      throw CxValidationException.withMessage(
          "Lexicon.json", "Lexicon.json must be an array of entries: " + e.getMessage());
    }
  }

  private static Lexicon loadStandard() {
    List<LexiconEntry> all = new ArrayList<>();
    for (Map.Entry<BlameShiftingPhrase, List<List<String>>> e : SEED_TRIGGERS.entrySet()) {
      BlameShiftingPhrase p = e.getKey();
      all.add(
          new LexiconEntry(
              p.code(),
              PhraseKind.BLAME_SHIFTING,
              "en",
              e.getValue().get(0),
              p.customerHears(Locale.ENGLISH),
              p.betterWording(Locale.ENGLISH)));
      all.add(
          new LexiconEntry(
              p.code(),
              PhraseKind.BLAME_SHIFTING,
              "zh",
              e.getValue().get(1),
              p.customerHears(Locale.CHINESE),
              p.betterWording(Locale.CHINESE)));
    }
    try (InputStream in = Lexicon.class.getResourceAsStream("reply-lexicon.json")) {
      if (in == null) {
        throw new IllegalStateException("reply-lexicon.json is missing from the jar");
      }
      all.addAll(fromJson(in).entries());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon(all);
  }

  private static Map<BlameShiftingPhrase, List<List<String>>> seedTriggers() {
    Map<BlameShiftingPhrase, List<List<String>>> m = new EnumMap<>(BlameShiftingPhrase.class);
    m.put(
        BlameShiftingPhrase.NEVER_HAPPENS_HERE,
        List.of(
            List.of(
                "never happens here",
                "never happened here",
                "has never happened",
                "this never happens"),
            List.of("从来没有发生过", "从没发生过", "从来没发生过")));
    m.put(
        BlameShiftingPhrase.ASK_THE_MANUFACTURER,
        List.of(
            List.of("ask the manufacturer", "contact the manufacturer", "we only sell"),
            List.of("问厂商", "找厂家", "问厂家", "只负责卖")));
    m.put(
        BlameShiftingPhrase.NOT_SURE,
        List.of(
            List.of("not sure", "not really sure", "not certain"), List.of("不大清楚", "不太清楚", "不清楚")));
    m.put(
        BlameShiftingPhrase.NEVER_SAID_THAT,
        List.of(
            List.of("never said that", "didn't say that", "did not say that"),
            List.of("没有说过", "没说过")));
    m.put(
        BlameShiftingPhrase.COMPANY_POLICY,
        List.of(
            List.of(
                "company policy", "our policy", "it's policy", "against policy", "the rules say"),
            List.of("公司规定", "这是规定", "公司的规定")));
    return m;
  }
}
