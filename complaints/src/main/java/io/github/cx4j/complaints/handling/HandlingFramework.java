/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A named, ordered list of handling steps that an organisation can adapt: add, replace or remove
 * steps. The built-in ones are in {@link HandlingFrameworks}.
 *
 * @param name the framework's name, for example {@code "LAST"}
 * @param steps the steps, in order; codes unique; loop targets must exist
 */
public record HandlingFramework(String name, List<HandlingStep> steps) {

  /** Checks the name, the unique codes and the loop targets. */
  public HandlingFramework {
    if (name == null || name.isBlank()) {
      throw CxValidationException.of("HandlingFramework.name", "not be blank", name);
    }
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw CxValidationException.of("HandlingFramework.steps", "not be empty", steps);
    }
    Set<String> codes = new HashSet<>();
    for (HandlingStep s : steps) {
      if (!codes.add(s.code())) {
        throw CxValidationException.of("HandlingFramework.steps", "have unique codes", s.code());
      }
    }
    for (HandlingStep s : steps) {
      for (Optional<String> target : List.of(s.ifNotSatisfiedGoTo(), s.thenGoTo())) {
        if (target.isPresent() && !codes.contains(target.get())) {
          throw CxValidationException.of(
              "HandlingFramework.steps", "go to an existing step", target.get());
        }
      }
    }
  }

  /**
   * A framework.
   *
   * @param name its name
   * @param steps its steps
   * @return the framework
   */
  public static HandlingFramework of(String name, List<HandlingStep> steps) {
    return new HandlingFramework(name, steps);
  }

  /**
   * This framework with a step inserted after another one.
   *
   * @param afterCode the code of the step to insert after
   * @param step the new step
   * @return a copy
   * @throws CxValidationException if no step has that code
   */
  public HandlingFramework withStepAfter(String afterCode, HandlingStep step) {
    List<HandlingStep> list = new ArrayList<>(steps);
    list.add(indexOf(afterCode) + 1, step);
    return new HandlingFramework(name, list);
  }

  /**
   * This framework with a step replaced.
   *
   * @param code the step to replace
   * @param step its replacement
   * @return a copy
   */
  public HandlingFramework withStepReplaced(String code, HandlingStep step) {
    List<HandlingStep> list = new ArrayList<>(steps);
    list.set(indexOf(code), step);
    return new HandlingFramework(name, list);
  }

  /**
   * This framework without a step.
   *
   * @param code the step to remove
   * @return a copy
   */
  public HandlingFramework withoutStep(String code) {
    List<HandlingStep> list = new ArrayList<>(steps);
    list.remove(indexOf(code));
    return new HandlingFramework(name, list);
  }

  /**
   * The step after a given one: the recovery target when the customer is not satisfied at a
   * checking step, else the step's fixed successor, else the next in the list.
   *
   * @param code the current step
   * @param satisfied whether the customer is satisfied (only matters at a checking step)
   * @return the next step, or empty after the last
   */
  public Optional<HandlingStep> next(String code, boolean satisfied) {
    HandlingStep current = steps.get(indexOf(code));
    if (!satisfied && current.ifNotSatisfiedGoTo().isPresent()) {
      return Optional.of(steps.get(indexOf(current.ifNotSatisfiedGoTo().get())));
    }
    if (current.thenGoTo().isPresent()) {
      return Optional.of(steps.get(indexOf(current.thenGoTo().get())));
    }
    int i = indexOf(code) + 1;
    return i < steps.size() ? Optional.of(steps.get(i)) : Optional.empty();
  }

  private int indexOf(String code) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).code().equals(code)) {
        return i;
      }
    }
    throw CxValidationException.of("HandlingFramework.step", "be one of " + codes(), code);
  }

  private List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (HandlingStep s : steps) {
      codes.add(s.code());
    }
    return codes;
  }
}
