/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import java.util.List;

/**
 * One group of concepts of the vocabulary: an enum type implementing {@link Labelled} and its
 * constants. The group itself is labelled: its code is the type's simple name and its texts sit in
 * this package's bundles under {@code ConceptGroup.<SimpleTypeName>.label} and {@code
 * .description}.
 *
 * @param type the enum type
 * @param concepts its constants in declaration order
 */
public record ConceptGroup(Class<? extends Labelled> type, List<Labelled> concepts)
    implements Labelled {

  /**
   * Copies the list.
   *
   * @param type the enum type
   * @param concepts its constants
   */
  public ConceptGroup {
    concepts = List.copyOf(concepts);
  }

  /**
   * The group of an enum type.
   *
   * @param type an enum implementing {@link Labelled}
   * @param <E> the enum type
   * @return the group with all constants
   */
  public static <E extends Enum<E> & Labelled> ConceptGroup of(Class<E> type) {
    return new ConceptGroup(type, List.of(type.getEnumConstants()));
  }

  /**
   * The group with a code, as read from JSON.
   *
   * @param code the type's simple name, for example {@code "CustomerState"}
   * @return the group of {@link Vocabulary#groups()}
   * @throws CxValidationException if no group has this code
   */
  @JsonCreator
  public static ConceptGroup ofCode(String code) {
    return Vocabulary.group(code)
        .orElseThrow(
            () ->
                CxValidationException.of(
                    "ConceptGroup.code", "name a concept group of the vocabulary", code));
  }

  /**
   * The simple name of the type, for example {@code "CustomerState"}; in JSON the group is this
   * code.
   *
   * @return the group code
   */
  @JsonValue
  @Override
  public String code() {
    return type.getSimpleName();
  }
}
