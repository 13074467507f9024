/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Checks an agent's reply in Chinese or English (or both mixed) for the blame-shifting and negative
 * phrases of a {@link Lexicon}, says what the customer hears in each and suggests a better wording,
 * and counts "we" against "you" (course file "Customer Relationship Management": 服务表达三准则, 专业的表达技巧).
 * Overlapping matches keep the longest. Thread-safe.
 */
public final class ReplyChecker {
  private static final ReplyChecker STANDARD = new ReplyChecker(Lexicon.standard());
  private static final List<String> WE_EN =
      List.of("we", "us", "our", "ours", "ourselves", "let's");
  private static final List<String> YOU_EN = List.of("you", "your", "yours", "yourself", "you're");

  private final Lexicon lexicon;

  private ReplyChecker(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The checker with {@link Lexicon#standard()}.
   *
   * @return the checker
   */
  public static ReplyChecker standard() {
    return STANDARD;
  }

  /**
   * A checker with a lexicon, for example {@code Lexicon.standard().plus(myEntries)}.
   *
   * @param lexicon the lexicon
   * @return the checker
   */
  public static ReplyChecker of(Lexicon lexicon) {
    return new ReplyChecker(lexicon);
  }

  /**
   * Checks a reply.
   *
   * @param reply the reply's text
   * @return the findings and the we/you counts
   */
  public ReplyCheck check(String reply) {
    String lower = reply.toLowerCase(Locale.ROOT);
    List<ReplyFinding> raw = new ArrayList<>();
    for (LexiconEntry e : lexicon.entries()) {
      boolean latin = "en".equals(e.language());
      for (String trigger : e.triggers()) {
        int from = 0;
        while (true) {
          int i = lower.indexOf(trigger, from);
          if (i < 0) {
            break;
          }
          int end = i + trigger.length();
          if (!latin || (boundary(lower, i - 1) && boundary(lower, end))) {
            raw.add(
                new ReplyFinding(
                    e.code(),
                    e.kind(),
                    e.language(),
                    reply.substring(i, end),
                    i,
                    e.customerHears(),
                    e.betterWording()));
          }
          from = i + 1;
        }
      }
    }
    List<ReplyFinding> kept = new ArrayList<>();
    List<ReplyFinding> byLength = new ArrayList<>(raw);
    byLength.sort(
        Comparator.comparingInt((ReplyFinding f) -> -f.matched().length())
            .thenComparingInt(ReplyFinding::start));
    boolean[] taken = new boolean[reply.length() + 1];
    for (ReplyFinding f : byLength) {
      boolean overlaps = false;
      for (int k = f.start(); k < f.start() + f.matched().length(); k++) {
        if (taken[k]) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        for (int k = f.start(); k < f.start() + f.matched().length(); k++) {
          taken[k] = true;
        }
        kept.add(f);
      }
    }
    kept.sort(Comparator.comparingInt(ReplyFinding::start));
    return new ReplyCheck(kept, countWe(lower), countYou(lower));
  }

  private static boolean boundary(String s, int index) {
    if (index < 0 || index >= s.length()) {
      return true;
    }
    char c = s.charAt(index);
    return !Character.isLetterOrDigit(c) && c != '\'';
  }

  private static int countWe(String lower) {
    return countWords(lower, WE_EN) + count(lower, "我们") + count(lower, "咱们");
  }

  private static int countYou(String lower) {
    return countWords(lower, YOU_EN) + count(lower, "你") + count(lower, "您");
  }

  private static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
      n++;
    }
    return n;
  }

  private static int countWords(String s, List<String> words) {
    int n = 0;
    int i = 0;
    while (i < s.length()) {
      if (Character.isLetter(s.charAt(i))) {
        int j = i;
        while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '\'')) {
          j++;
        }
        if (words.contains(s.substring(i, j))) {
          n++;
        }
        i = j;
      } else {
        i++;
      }
    }
    return n;
  }
}
