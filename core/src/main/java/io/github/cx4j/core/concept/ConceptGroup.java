package io.github.cx4j.core.concept;

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
   * The simple name of the type, for example {@code "CustomerState"}.
   *
   * @return the group code
   */
  @Override
  public String code() {
    return type.getSimpleName();
  }
}
