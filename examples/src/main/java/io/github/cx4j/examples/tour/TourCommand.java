/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CxCommand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cx4j tour [--lang en|zh]}: the guided run through the library on bundled data. */
@Command(
    name = "tour",
    mixinStandardHelpOptions = true,
    description = "A guided run through cx4j on bundled data, one chapter per capability.")
public final class TourCommand implements CxCommand {

  /** The tour's languages. */
  enum Lang {
    en,
    zh
  }

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "Language of the tour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Lang lang = Lang.en;

  @Option(
      names = "--chapter",
      description = "Run only the chapters whose order or title contains this text.")
  String only;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      description = "Write the chapters as HTML pages, with the reports, into this folder.")
  java.nio.file.Path report;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For {@link ServiceLoader}. */
  public TourCommand() {}

  /**
   * The chapters, in order.
   *
   * @return every registered chapter sorted by {@link TourChapter#order()}
   */
  public static List<TourChapter> chapters() {
    List<TourChapter> chapters = new ArrayList<>();
    ServiceLoader.load(TourChapter.class, TourCommand.class.getClassLoader())
        .forEach(chapters::add);
    chapters.sort(Comparator.comparingInt(TourChapter::order));
    return chapters;
  }

  @Override
  public Integer call() throws Exception {
    Locale locale = lang == Lang.zh ? Locale.CHINESE : Locale.ENGLISH;
    Tour tour = new Tour(spec.commandLine().getOut(), locale);
    List<TourChapter> all = chapters();
    List<TourChapter> selected = new ArrayList<>();
    for (TourChapter chapter : all) {
      if (only == null
          || chapter.title(tour).toLowerCase(Locale.ROOT).contains(only.toLowerCase(Locale.ROOT))
          || String.valueOf(chapter.order()).equals(only)) {
        selected.add(chapter);
      }
    }
    if (selected.isEmpty()) {
      StringBuilder known = new StringBuilder();
      for (TourChapter chapter : all) {
        known.append(known.length() == 0 ? "" : ", ").append(chapter.order());
      }
      throw new CliException("--chapter " + only + " matches no chapter; chapters: " + known);
    }
    if (report != null) {
      return io.github.cx4j.examples.report.TourPages.write(
          report, all, selected, locale, spec.commandLine().getOut());
    }
    tour.say(
        "cx4j tour: customer satisfaction, from the course's concepts to the numbers.",
        "cx4j 导览:顾客满意,从课程的概念到数字。");
    for (TourChapter chapter : selected) {
      int number = all.indexOf(chapter) + 1;
      tour.println("");
      tour.println("=".repeat(72));
      tour.println(
          tour.text("Chapter ", "第 ") + number + tour.text(". ", " 章 ") + chapter.title(tour));
      tour.println("=".repeat(72));
      chapter.run(tour);
      tour.flush();
    }
    tour.println("");
    tour.say("End of the tour.", "导览结束。");
    tour.flush();
    return 0;
  }
}
