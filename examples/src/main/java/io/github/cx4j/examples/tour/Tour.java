/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import com.ibm.icu.text.Transliterator;
import io.github.cx4j.core.DisplayWidth;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The running tour: its language and its output, with small helpers for bilingual text and tables.
 *
 * <p>A tour in Traditional Chinese ({@code zh-TW}, {@code zh-HK} or {@code zh-Hant}) is written in
 * Simplified Chinese by the chapters, like a {@code zh} tour, and every printed line is converted
 * to the Traditional script with ICU's {@code Hans-Hant} transliterator; for Taiwan ({@code zh-TW},
 * {@code zh-Hant}) Taiwan's words follow ({@link TaiwanTerms}: 行銷, 資訊, 品質, ...), while Hong Kong
 * and Macao keep the plain conversion. The library's own texts come from its {@code messages_zh_TW}
 * and {@code messages_zh_HK} bundles, generated the same way.
 */
public final class Tour {
  private final PrintWriter out;
  private final Locale locale;
  private final UnaryOperator<String> script;

  /**
   * A tour printing to {@code out} in the given language.
   *
   * @param out where the tour prints
   * @param locale {@link Locale#ENGLISH}, {@link Locale#CHINESE} or {@link
   *     Locale#TRADITIONAL_CHINESE}
   */
  public Tour(PrintWriter out, Locale locale) {
    this.out = out;
    this.locale = locale;
    this.script =
        taiwan(locale)
            ? toTaiwan()
            : traditional(locale) ? toTraditional() : UnaryOperator.identity();
  }

  /**
   * Whether a locale asks for Traditional Chinese.
   *
   * @param locale the locale
   * @return true for {@code zh-TW}, {@code zh-HK}, {@code zh-MO} and {@code zh-Hant}
   */
  public static boolean traditional(Locale locale) {
    String country = locale.getCountry();
    return "zh".equals(locale.getLanguage())
        && ("Hant".equals(locale.getScript())
            || "TW".equals(country)
            || "HK".equals(country)
            || "MO".equals(country));
  }

  /**
   * Whether a locale asks for Traditional Chinese as written in Taiwan.
   *
   * @param locale the locale
   * @return true for {@code zh-TW} and for {@code zh-Hant} without a region; false for Hong Kong
   *     and Macao
   */
  public static boolean taiwan(Locale locale) {
    String country = locale.getCountry();
    return traditional(locale) && !"HK".equals(country) && !"MO".equals(country);
  }

  /**
   * The conversion for Taiwan: ICU's {@code Hans-Hant}, then {@link TaiwanTerms Taiwan's words}
   * (行銷, 資訊, 品質, ...).
   *
   * @return a function that converts one line
   */
  static UnaryOperator<String> toTaiwan() {
    UnaryOperator<String> hant = toTraditional();
    return line -> TaiwanTerms.apply(hant.apply(line));
  }

  /**
   * The Simplified-to-Traditional conversion of ICU ({@code Hans-Hant}).
   *
   * @return a function that converts one line
   */
  static UnaryOperator<String> toTraditional() {
    Transliterator hansHant = Transliterator.getInstance("Hans-Hant");
    return hansHant::transliterate;
  }

  /**
   * The tour's language.
   *
   * @return English, Chinese or Traditional Chinese
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether the tour runs in Chinese, Simplified or Traditional.
   *
   * @return true for Chinese
   */
  public boolean chinese() {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * Picks the text of the tour's language.
   *
   * @param english the English text
   * @param chinese the Chinese text
   * @return one of them
   */
  public String text(String english, String chinese) {
    return chinese() ? chinese : english;
  }

  /**
   * A line as the tour prints it: in Chinese with full-width punctuation and no English event or
   * clock words, in the Traditional script (with Taiwan's words for Taiwan) where the tour is.
   *
   * @param line the text
   * @return the text as printed
   */
  public String render(String line) {
    return script.apply(chinese() ? TourWords.chinese(line) : line);
  }

  /**
   * Prints a line.
   *
   * @param line the text
   */
  public void println(String line) {
    out.println(render(line));
  }

  /**
   * How the tour's commands start: the command-line jar where the build writes it. Every command
   * the tour prints runs as printed from the repository root after {@code ./mvnw package}, and
   * names only files of the repository or files an earlier command of the same chapter writes
   * (TourCommandsTest runs them all).
   */
  public static final String CLI = "java -jar examples/target/cx4j.jar";

  /**
   * Prints a command to try, on a line of its own, the same in every language.
   *
   * @param arguments the subcommand and its arguments, after {@link #CLI}
   */
  public void command(String arguments) {
    out.println("  " + CLI + " " + arguments);
  }

  /**
   * Prints a line in the tour's language.
   *
   * @param english the English text
   * @param chinese the Chinese text
   */
  public void say(String english, String chinese) {
    println(text(english, chinese));
  }

  /**
   * Prints a formatted line ({@link String#format(Locale, String, Object...)} with {@link
   * Locale#ROOT}, so numbers always use a decimal point).
   *
   * @param format the format
   * @param args its arguments
   */
  public void printf(String format, Object... args) {
    println(String.format(Locale.ROOT, format, args));
  }

  /**
   * Prints a section heading.
   *
   * @param english the English heading
   * @param chinese the Chinese heading
   */
  public void heading(String english, String chinese) {
    String text = text(english, chinese);
    println("");
    println("-- " + text);
  }

  /**
   * The rows of a table to fill and {@link #table print}, starting with its header in the tour's
   * language.
   *
   * @param englishAndChinese the header cells, each an English text followed by its Chinese text
   * @return a modifiable list holding the header row
   * @throws IllegalArgumentException if a cell lacks its Chinese text
   */
  public java.util.List<java.util.List<String>> rows(String... englishAndChinese) {
    if (englishAndChinese.length % 2 != 0) {
      throw new IllegalArgumentException(
          "header cells come in English/Chinese pairs, got " + englishAndChinese.length + " texts");
    }
    java.util.List<String> header = new java.util.ArrayList<>();
    for (int i = 0; i < englishAndChinese.length; i += 2) {
      header.add(text(englishAndChinese[i], englishAndChinese[i + 1]));
    }
    java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
    rows.add(java.util.List.copyOf(header));
    return rows;
  }

  /**
   * Prints an aligned table: the first row is the header.
   *
   * @param rows the rows, each with the same number of cells
   */
  public void table(java.util.List<java.util.List<String>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    if (chinese()) {
      java.util.List<java.util.List<String>> polished = new java.util.ArrayList<>();
      for (java.util.List<String> row : rows) {
        polished.add(row.stream().map(TourWords::chinese).toList());
      }
      rows = polished;
    }
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (java.util.List<String> row : rows) {
      for (int c = 0; c < columns && c < row.size(); c++) {
        width[c] = Math.max(width[c], displayWidth(row.get(c)));
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder("  ");
      java.util.List<String> row = rows.get(r);
      for (int c = 0; c < columns; c++) {
        String cell = c < row.size() ? row.get(c) : "";
        line.append(cell).append(" ".repeat(width[c] - displayWidth(cell)));
        if (c + 1 < columns) {
          line.append("  ");
        }
      }
      println(line.toString().stripTrailing());
      if (r == 0) {
        StringBuilder rule = new StringBuilder("  ");
        for (int c = 0; c < columns; c++) {
          rule.append("-".repeat(width[c]));
          if (c + 1 < columns) {
            rule.append("  ");
          }
        }
        println(rule.toString());
      }
    }
  }

  /** Width on a terminal: cx4j-core's {@link DisplayWidth}. */
  static int displayWidth(String text) {
    return DisplayWidth.of(text);
  }

  /** Flushes the output. */
  void flush() {
    out.flush();
  }
}
