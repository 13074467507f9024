/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import java.util.List;

/**
 * One chapter of the guided tour ({@code cx4j tour}). Chapters are found with {@link
 * java.util.ServiceLoader} from {@code META-INF/services/io.github.cx4j.examples.tour.TourChapter}.
 * A chapter works on bundled or seeded data only, so its output is the same on every run and every
 * machine.
 *
 * <h2>Where a chapter goes: the rule of {@link #order()}</h2>
 *
 * <p>The tour follows the course: eight course chapters ({@link CourseChapter}s, orders 100, 200,
 * ..., 800, printed "Chapter 1" ... "Chapter 8", "第 1 章" ... "第 8 章"), each followed by the
 * library's chapters that belong to it as its sections ("7.1", "7.2", ...), then the appendices.
 * {@link TourOutline#place(int)} puts every chapter by its order alone, so a new chapter needs no
 * change to the tour, only the right number:
 *
 * <table>
 *   <caption>The order of a chapter and its place</caption>
 *   <tr><th>order</th><th>placed in</th></tr>
 *   <tr><td>100 × n (n = 1..8)</td><td>course chapter n itself</td></tr>
 *   <tr><td>100 × n + 1 .. 100 × n + 99</td><td>a section of course chapter n</td></tr>
 *   <tr><td>10-19, 50-59</td><td>sections of chapter 4, keeping customers (activity, value)</td></tr>
 *   <tr><td>20-29</td><td>sections of chapter 3, CS and CI (the CS system audited)</td></tr>
 *   <tr><td>30-49, 70-89</td><td>sections of chapter 7, satisfaction and complaints</td></tr>
 *   <tr><td>60-69</td><td>sections of chapter 6, customer service and selection</td></tr>
 *   <tr><td>90-99, 900 and above</td><td>appendices, lettered A, B, ... in order</td></tr>
 *   <tr><td>0-9</td><td>sections of chapter 1</td></tr>
 * </table>
 *
 * <p>Within a course chapter, sections run in ascending order; the course chapter's {@linkplain
 * #exercises(Tour) exercises} come after its last section.
 */
public interface TourChapter {

  /**
   * The position of the chapter; see the rule above.
   *
   * @return the sort key
   */
  int order();

  /**
   * The chapter title in the tour's language.
   *
   * @param tour the running tour, which knows the language
   * @return the title
   */
  String title(Tour tour);

  /**
   * Runs the chapter, printing through {@link Tour#println(String)} and its helpers.
   *
   * @param tour the running tour
   * @throws Exception if the chapter fails; the tour then fails with exit code 1
   */
  void run(Tour tour) throws Exception;

  /**
   * The chapter's exercises with their answers, each answer computed by the library; printed after
   * the chapter (for a course chapter, after its sections), the answers only with {@code
   * --answers}.
   *
   * @param tour the running tour, which knows the language
   * @return the exercises, none by default
   * @throws Exception if computing an answer fails
   */
  default List<Exercise> exercises(Tour tour) throws Exception {
    return List.of();
  }
}
