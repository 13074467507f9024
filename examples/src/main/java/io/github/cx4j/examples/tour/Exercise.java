/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

/**
 * One exercise of a chapter: a question or small task for the class, and its answer, which the
 * chapter computes with the library when it builds the exercise (never typed in).
 *
 * @param question the question or task, in the tour's language
 * @param answer the answer key, in the tour's language
 */
public record Exercise(String question, String answer) {

  /**
   * Checks that both texts are given.
   *
   * @param question the question
   * @param answer the answer
   */
  public Exercise {
    if (question.isBlank() || answer.isBlank()) {
      throw new IllegalArgumentException("Exercise: question and answer must not be blank");
    }
  }
}
