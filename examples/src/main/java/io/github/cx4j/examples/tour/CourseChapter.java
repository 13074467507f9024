/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.concept.ConceptGroup;
import io.github.cx4j.core.concept.CourseFile;
import io.github.cx4j.core.concept.Vocabulary;
import java.util.List;
import java.util.Locale;

/**
 * A chapter of the course itself (order 100 × n): it opens with its learning objectives, names the
 * course file it follows, works that file's example with the library, and ends, after the sections
 * placed in it, with exercises whose answers the library computes.
 */
public abstract class CourseChapter implements TourChapter {

  /** For subclasses. */
  protected CourseChapter() {}

  /**
   * The chapter number, 1 to 8: {@code order() / 100}.
   *
   * @return the number
   */
  public final int number() {
    return order() / 100;
  }

  /**
   * The course file this chapter follows.
   *
   * @return the file
   */
  public abstract CourseFile course();

  /**
   * The learning objectives, in the tour's language: the course file's own where it states them,
   * otherwise objectives written for the tour from the file's headings.
   *
   * @param tour the running tour
   * @return the objectives
   */
  public abstract List<String> objectives(Tour tour);

  /**
   * Whether the objectives are the course file's own (true) or written for the tour (false).
   *
   * @return true when the course file states them
   */
  public boolean objectivesFromTheCourse() {
    return false;
  }

  /**
   * The body of the chapter: the course's content worked with the library.
   *
   * @param tour the running tour
   * @throws Exception if the chapter fails
   */
  protected abstract void body(Tour tour) throws Exception;

  @Override
  public final void run(Tour tour) throws Exception {
    tour.say("Course file: " + cite(tour, course()) + ".", "课程文件：" + cite(tour, course()) + "。");
    tour.heading("Learning objectives", "学习目标");
    if (!objectivesFromTheCourse()) {
      tour.say(
          "(The course file states none; these follow its headings.)", "（课程文件未列学习目标，以下按其标题拟定。）");
    }
    int i = 1;
    for (String objective : objectives(tour)) {
      tour.println("  " + i++ + ". " + objective);
    }
    body(tour);
  }

  /**
   * Prints a concept group of the vocabulary: its label as a heading, its description, then each
   * concept numbered with its label and description.
   *
   * @param tour the running tour
   * @param type the group's enum type
   */
  protected static void group(Tour tour, Class<? extends Labelled> type) {
    ConceptGroup g =
        Vocabulary.group(type.getSimpleName())
            .orElseThrow(() -> new IllegalArgumentException("not in the vocabulary: " + type));
    tour.heading(g.label(tour.locale()), g.label(tour.locale()));
    tour.println(g.description(tour.locale()));
    concepts(tour, g.concepts());
  }

  /**
   * Prints concepts numbered, each with its label and description.
   *
   * @param tour the running tour
   * @param concepts the concepts
   */
  protected static void concepts(Tour tour, List<? extends Labelled> concepts) {
    int i = 1;
    for (Labelled c : concepts) {
      tour.println(
          "  "
              + i++
              + ". "
              + c.label(tour.locale())
              + tour.text(": ", "：")
              + c.description(tour.locale()));
    }
  }

  /**
   * The label of a concept in the tour's language.
   *
   * @param tour the running tour
   * @param concept the concept
   * @return the label
   */
  protected static String label(Tour tour, Labelled concept) {
    return concept.label(tour.locale());
  }

  /**
   * A list of labels joined for the tour's language ("a, b, c" or "甲、乙、丙").
   *
   * @param tour the running tour
   * @param concepts the concepts
   * @return the joined labels
   */
  protected static String labels(Tour tour, List<? extends Labelled> concepts) {
    StringBuilder b = new StringBuilder();
    for (Labelled c : concepts) {
      if (b.length() > 0) {
        b.append(tour.text(", ", "、"));
      }
      b.append(c.label(tour.locale()));
    }
    return b.toString();
  }

  /**
   * The English title of the course file, in quotes, or the Chinese one in 《》.
   *
   * @param tour the running tour
   * @param file the course file
   * @return the citation
   */
  protected static String cite(Tour tour, CourseFile file) {
    return tour.text(
        "\"" + file.label(Locale.ENGLISH) + "\"", "《" + file.label(tour.locale()) + "》");
  }
}
