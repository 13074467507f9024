/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CxCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cx4j tour [--lang en|zh|zh_TW|zh_HK|en+zh] [--chapter N] [--answers] [--list]}: the guided
 * run through the course and the library on bundled data, chapter by chapter in the course's order
 * (see {@link TourChapter} for where each chapter goes).
 */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description =
        "A guided run through the course and cx4j on bundled data: eight course chapters with"
            + " learning objectives, the library's chapters as their sections, exercises and"
            + " answer keys.")
public final class TourCommand implements CxCommand {

  /** The tour's languages: one, or English and Chinese line by line. */
  record Language(Locale locale, boolean bilingual) {

    /** The accepted values of {@code --lang}. */
    static final String ACCEPTED = "en, zh, zh_TW, zh_HK, en+zh";

    static Language parse(String value) {
      return switch (value.trim().replace('-', '_')) {
        case "en" -> new Language(Locale.ENGLISH, false);
        case "zh", "zh_CN", "zh_Hans" -> new Language(Locale.CHINESE, false);
        case "zh_TW", "zh_Hant" -> new Language(Locale.TRADITIONAL_CHINESE, false);
        case "zh_HK" -> new Language(Locale.forLanguageTag("zh-HK"), false);
        case "en+zh", "zh+en" -> new Language(Locale.ENGLISH, true);
        default ->
            throw new CliException("--lang must be one of " + ACCEPTED + ", was \"" + value + "\"");
      };
    }
  }

  @Option(
      names = "--lang",
      defaultValue = "en",
      paramLabel = "LANG",
      description =
          "Language of the tour: en, zh, zh_TW or zh_HK (Traditional), or en+zh for every line in"
              + " English followed by its Chinese line (default: ${DEFAULT-VALUE}).")
  String lang = "en";

  @Option(
      names = "--chapter",
      paramLabel = "N",
      description =
          "Run only this: a chapter number as the headings print it (5 runs chapter 5 with its"
              + " sections, 7.2 one section, A an appendix), a chapter's order, or text of a"
              + " title.")
  String only;

  @Option(names = "--answers", description = "Print the answer key after each chapter's exercises.")
  boolean answers;

  @Option(names = "--list", description = "Print the chapters and sections, then stop.")
  boolean list;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      description = "Write the chapters as HTML pages, with the reports, into this folder.")
  java.nio.file.Path report;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For {@link ServiceLoader}. */
  public TourCommand() {}

  /**
   * The chapters, in print order.
   *
   * @return every registered chapter as {@link TourOutline} lays them out
   */
  public static List<TourChapter> chapters() {
    return outline().chapters();
  }

  /**
   * The outline of every registered chapter.
   *
   * @return the outline
   */
  public static TourOutline outline() {
    List<TourChapter> chapters = new ArrayList<>();
    ServiceLoader.load(TourChapter.class, TourCommand.class.getClassLoader())
        .forEach(chapters::add);
    chapters.sort(Comparator.comparingInt(TourChapter::order));
    return TourOutline.of(chapters);
  }

  /** One piece of output, rendered in a given tour. */
  @FunctionalInterface
  interface Piece {
    void render(Tour tour) throws Exception;
  }

  @Override
  public Integer call() throws Exception {
    Language language = Language.parse(lang);
    PrintWriter out = spec.commandLine().getOut();
    Tour tour = new Tour(out, language.locale());
    TourOutline outline = outline();
    List<TourChapter> all = outline.chapters();
    if (list) {
      emit(out, language, t -> printList(t, outline));
      out.flush();
      return 0;
    }
    List<TourChapter> selected = only == null ? all : outline.select(only, tour);
    if (selected.isEmpty()) {
      StringBuilder known = new StringBuilder();
      for (TourOutline.Part p : outline.parts()) {
        known.append(known.length() == 0 ? "" : ", ").append(p.number());
      }
      throw new CliException(
          "--chapter "
              + only
              + " matches no chapter; chapters: "
              + known
              + " (cx4j tour --list shows them all)");
    }
    if (report != null) {
      if (language.bilingual()) {
        throw new CliException("--report takes one language; was --lang " + lang);
      }
      return io.github.cx4j.examples.report.TourPages.write(
          report, all, selected, language.locale(), out);
    }
    emit(
        out,
        language,
        t ->
            t.say(
                "cx4j tour: the customer-satisfaction course, from its concepts to the numbers.",
                "cx4j 导览：顾客满意课程，从概念到数字。"));
    for (int i = 0; i < selected.size(); i++) {
      TourChapter chapter = selected.get(i);
      emit(
          out,
          language,
          t -> {
            t.println("");
            t.println("=".repeat(72));
            t.println(outline.heading(chapter, t));
            t.println("=".repeat(72));
            chapter.run(t);
          });
      TourOutline.Part part = outline.partOfChapter(chapter);
      boolean lastOfPart =
          i + 1 == selected.size() || !part.chapters().contains(selected.get(i + 1));
      List<TourChapter> withExercises = new ArrayList<>();
      if (part.head().isEmpty() || part.head().get() != chapter) {
        withExercises.add(chapter);
      }
      if (lastOfPart && part.head().isPresent() && selected.contains(part.head().get())) {
        withExercises.add(part.head().get());
      }
      for (TourChapter c : withExercises) {
        emit(out, language, t -> printExercises(t, outline.numberOf(c), c.exercises(t)));
      }
    }
    emit(
        out,
        language,
        t -> {
          t.println("");
          t.say("End of the tour.", "导览结束。");
        });
    out.flush();
    return 0;
  }

  private void printExercises(Tour tour, String number, List<Exercise> exercises) {
    if (exercises.isEmpty()) {
      return;
    }
    tour.heading("Exercises", "练习");
    int i = 1;
    for (Exercise e : exercises) {
      tour.println("  " + i++ + ". " + e.question());
    }
    if (answers) {
      tour.heading("Answer key (computed by cx4j)", "答案（由 cx4j 计算）");
      i = 1;
      for (Exercise e : exercises) {
        tour.println("  " + i++ + ". " + e.answer());
      }
    } else {
      tour.say(
          "The answer key: cx4j tour --chapter " + number + " --answers",
          "答案：cx4j tour --chapter " + number + " --answers");
    }
  }

  private static void printList(Tour tour, TourOutline outline) {
    tour.say("The chapters of the tour:", "导览的章节：");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(tour.text("No.", "编号"), tour.text("Title", "标题"), tour.text("Order", "排序号")));
    for (TourOutline.Part p : outline.parts()) {
      for (TourChapter c : p.chapters()) {
        String number = outline.numberOf(c);
        String title = c.title(tour);
        if (c instanceof CourseChapter cc) {
          title =
              title
                  + tour.text(
                      " (\"" + cc.course().label(Locale.ENGLISH) + "\")",
                      "（《" + cc.course().label(tour.locale()) + "》）");
        }
        rows.add(
            List.of(
                number.contains(".") ? "  " + number : number, title, String.valueOf(c.order())));
      }
    }
    tour.table(rows);
    tour.say(
        "Run one with cx4j tour --chapter N (N as listed), its answer key with --answers.",
        "运行其中一章：cx4j tour --chapter 编号；加 --answers 显示答案。");
  }

  /**
   * Renders a piece in the tour's language, or, for {@code en+zh}, in English and in Chinese and
   * prints each English line followed by its Chinese line (when they differ); if the two renderings
   * do not have the same number of lines, the English block is printed, then the Chinese block, so
   * nothing is lost.
   */
  private static void emit(PrintWriter out, Language language, Piece piece) throws Exception {
    if (!language.bilingual()) {
      piece.render(new Tour(out, language.locale()));
      out.flush();
      return;
    }
    List<String> en = render(piece, Locale.ENGLISH);
    List<String> zh = render(piece, Locale.CHINESE);
    if (en.size() == zh.size()) {
      for (int i = 0; i < en.size(); i++) {
        out.println(en.get(i));
        if (!zh.get(i).equals(en.get(i))) {
          out.println(zh.get(i));
        }
      }
    } else {
      en.forEach(out::println);
      zh.forEach(out::println);
    }
    out.flush();
  }

  private static List<String> render(Piece piece, Locale locale) throws Exception {
    StringWriter text = new StringWriter();
    Tour tour = new Tour(new PrintWriter(text), locale);
    piece.render(tour);
    tour.flush();
    String s = text.toString();
    if (s.isEmpty()) {
      return List.of();
    }
    return List.of(s.split("\n", -1))
        .subList(0, s.endsWith("\n") ? s.split("\n", -1).length - 1 : s.split("\n", -1).length);
  }
}
