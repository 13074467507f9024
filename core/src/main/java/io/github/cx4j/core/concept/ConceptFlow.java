/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An ordered chain of concepts that one walks step by step: the course's chains are {@link
 * ExpressionStep} (刺激 → 反应 → 回应), {@link ThoughtChainStep} (思想 → 情绪 → 行为 → 结果), {@link
 * RelationMirror} (企业 → 员工 → 顾客), {@link AllStaffServiceStep} (理念定位 → 视觉定型 → 行为定标 → 管理定责) and
 * {@link BrandDimension} (知名度 → … → 依赖度). The order is the enum's declaration order, which is the
 * course's.
 *
 * @param <E> the enum type of the steps
 */
public final class ConceptFlow<E extends Enum<E> & Labelled> {
  private final Class<E> type;
  private final List<E> steps;

  private ConceptFlow(Class<E> type) {
    this.type = type;
    this.steps = List.of(type.getEnumConstants());
  }

  /**
   * The flow of an enum type's constants in declaration order.
   *
   * @param type the enum type
   * @param <E> the enum type
   * @return the flow
   */
  public static <E extends Enum<E> & Labelled> ConceptFlow<E> of(Class<E> type) {
    return new ConceptFlow<>(type);
  }

  /**
   * Every step, first to last.
   *
   * @return the steps
   */
  public List<E> steps() {
    return steps;
  }

  /**
   * The first step.
   *
   * @return the step the flow starts with
   */
  public E first() {
    return steps.get(0);
  }

  /**
   * The step after the given one.
   *
   * @param step a step of this flow
   * @return the next step, or empty after the last
   */
  public Optional<E> next(E step) {
    int i = step.ordinal();
    return i + 1 < steps.size() ? Optional.of(steps.get(i + 1)) : Optional.empty();
  }

  /**
   * The step before the given one.
   *
   * @param step a step of this flow
   * @return the previous step, or empty before the first
   */
  public Optional<E> previous(E step) {
    int i = step.ordinal();
    return i > 0 ? Optional.of(steps.get(i - 1)) : Optional.empty();
  }

  /**
   * Whether a sequence of steps follows the flow: it starts at the first step and each step is the
   * next of the one before. A learner's answer to "put the steps in order" is checked with it.
   *
   * @param answer the steps in the learner's order
   * @return the position (0-based) of the first step out of order, or empty when the answer is the
   *     whole flow in order
   */
  public Optional<Integer> firstMistake(List<E> answer) {
    for (int i = 0; i < steps.size(); i++) {
      if (i >= answer.size() || answer.get(i) != steps.get(i)) {
        return Optional.of(i);
      }
    }
    return answer.size() > steps.size() ? Optional.of(steps.size()) : Optional.empty();
  }

  /**
   * Parses steps by their codes, with an error that names the code and the type.
   *
   * @param codes the codes, for example {@code ["THOUGHT", "EMOTION"]}
   * @return the steps
   * @throws CxValidationException for an unknown code
   */
  public List<E> parse(List<String> codes) {
    return codes.stream().map(c -> Vocabulary.parse(type, c)).toList();
  }

  /**
   * The flow as one line of labels joined by arrows, for example "思想 → 情绪 → 行为 → 结果".
   *
   * @param locale the language
   * @return the line
   */
  public String render(Locale locale) {
    StringBuilder line = new StringBuilder();
    for (E step : steps) {
      if (line.length() > 0) {
        line.append(" → ");
      }
      line.append(step.label(locale));
    }
    return line.toString();
  }
}
