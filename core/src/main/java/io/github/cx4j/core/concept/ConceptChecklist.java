/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A heading of the course read as a checklist one can score: each item of an enum is met or not,
 * and the score is the weighted share of the items met, from 0 to 100. The course's lists that read
 * as checklists are, for example, {@link BehaviourNorm} (十个行为规范), {@link ServiceCaution} (服务的十大注意),
 * {@link GoodServiceStandard} (好服务的三个标准) and {@link InspectionDimension} (检查落地情况).
 *
 * <p>The course gives the items, never weights or a score: {@link #of(Class)} weighs every item
 * equally; {@link #weighted(Class, Map)} takes the user's weights. The score and the choice of the
 * {@linkplain #firstToFix(Collection) first item to fix} (the heaviest item not met, the first in
 * the course's order on a tie) are cx4j's.
 *
 * @param <E> the enum type of the items
 */
public final class ConceptChecklist<E extends Enum<E> & Labelled> {
  private final Class<E> type;
  private final Map<E, Double> weights;
  private final double total;

  private ConceptChecklist(Class<E> type, Map<E, Double> weights) {
    this.type = type;
    this.weights = weights;
    double sum = 0;
    for (double w : weights.values()) {
      sum += w;
    }
    this.total = sum;
  }

  /**
   * A checklist of an enum type's constants, each of weight 1.
   *
   * @param type the enum type
   * @param <E> the enum type
   * @return the checklist
   */
  public static <E extends Enum<E> & Labelled> ConceptChecklist<E> of(Class<E> type) {
    Map<E, Double> w = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      w.put(e, 1.0);
    }
    return new ConceptChecklist<>(type, w);
  }

  /**
   * A checklist with a weight for each item.
   *
   * @param type the enum type
   * @param weights a weight for every constant of the type, each finite and more than 0
   * @param <E> the enum type
   * @return the checklist
   * @throws CxValidationException naming the item when it has no weight ({@code
   *     ConceptChecklist.weights has no weight for InspectionDimension.STAFF_ATTITUDE; give every
   *     item a weight more than 0}), or naming the item and the value when a weight is not finite
   *     and more than 0
   */
  public static <E extends Enum<E> & Labelled> ConceptChecklist<E> weighted(
      Class<E> type, Map<E, ? extends Number> weights) {
    Map<E, Double> w = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      String name = type.getSimpleName() + "." + e.code();
      Number n = weights.get(e);
      if (n == null) {
        throw CxValidationException.withMessage(
            "ConceptChecklist.weights",
            "ConceptChecklist.weights has no weight for "
                + name
                + "; give every item a weight more than 0");
      }
      double d = n.doubleValue();
      if (!Double.isFinite(d) || d <= 0) {
        throw CxValidationException.of(
            "ConceptChecklist.weights." + name, "be finite and more than 0", n);
      }
      w.put(e, d);
    }
    return new ConceptChecklist<>(type, w);
  }

  /**
   * The items in the course's order.
   *
   * @return every item
   */
  public List<E> items() {
    return List.of(type.getEnumConstants());
  }

  /**
   * The weight of an item.
   *
   * @param item an item
   * @return its weight, more than 0
   */
  public double weight(E item) {
    Double w = weights.get(item);
    return w == null ? 0.0 : w;
  }

  /**
   * The score: the weight of the items met over the weight of all items, times 100.
   *
   * @param met the items met (repeats count once)
   * @return 0 (none met) to 100 (all met)
   */
  public double score(Collection<E> met) {
    double sum = 0;
    for (E e : distinct(met)) {
      sum += weight(e);
    }
    return 100.0 * sum / total;
  }

  /**
   * The items not met, in the course's order.
   *
   * @param met the items met
   * @return the items still to work on
   */
  public List<E> missing(Collection<E> met) {
    Set<E> done = distinct(met);
    List<E> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (!done.contains(e)) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The item to work on first: the heaviest item not met, the first in the course's order on a tie.
   *
   * @param met the items met
   * @return the item, or empty when every item is met
   */
  public Optional<E> firstToFix(Collection<E> met) {
    @Nullable E best = null;
    for (E e : missing(met)) {
      if (best == null || weight(e) > weight(best)) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  private Set<E> distinct(Collection<E> met) {
    Set<E> set = EnumSet.noneOf(type);
    set.addAll(met);
    return set;
  }
}
