/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

/**
 * One chapter of the guided tour ({@code cx4j tour}). Chapters are found with {@link
 * java.util.ServiceLoader} from {@code META-INF/services/io.github.cx4j.examples.tour.TourChapter}
 * and run in ascending {@link #order()}. A chapter works on bundled or seeded data only, so its
 * output is the same on every run and every machine.
 */
public interface TourChapter {

  /**
   * The position of the chapter; the foundation chapter is 10, later capabilities use 20, 30, ...
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
}
