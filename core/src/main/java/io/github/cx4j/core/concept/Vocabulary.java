package io.github.cx4j.core.concept;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.customer.CustomerStrategy;
import io.github.cx4j.core.customer.CustomerTier;
import io.github.cx4j.core.customer.LoyaltyBenefit;
import io.github.cx4j.core.customer.LoyaltyType;
import io.github.cx4j.core.customer.Novelty;
import io.github.cx4j.core.customer.TierApproach;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole vocabulary of cx4j: every concept group of {@code core.concept} and {@code
 * core.customer}, in the order of the course (source files 000-004). The CLI's {@code cx4j
 * concepts} prints it, and property tests check every concept in it.
 */
public final class Vocabulary {
  private static final List<ConceptGroup> GROUPS =
      List.of(
          // customer service styles and states (001, 002)
          ConceptGroup.of(ServiceAxis.class),
          ConceptGroup.of(ServiceStyle.class),
          ConceptGroup.of(Level.class),
          ConceptGroup.of(CustomerState.class),
          ConceptGroup.of(CustomerCue.class),
          ConceptGroup.of(HandlingApproach.class),
          ConceptGroup.of(RecognitionRule.class),
          // complaints (001)
          ConceptGroup.of(ComplaintPrinciple.class),
          ConceptGroup.of(PrinciplePractice.class),
          ConceptGroup.of(BlameShiftingPhrase.class),
          // customers (001, 002)
          ConceptGroup.of(CustomerTier.class),
          ConceptGroup.of(TierApproach.class),
          ConceptGroup.of(Novelty.class),
          ConceptGroup.of(CustomerStrategy.class),
          ConceptGroup.of(LoyaltyType.class),
          ConceptGroup.of(LoyaltyBenefit.class));

  private Vocabulary() {}

  /**
   * Every concept group, in course order.
   *
   * @return the groups
   */
  public static List<ConceptGroup> groups() {
    return GROUPS;
  }

  /**
   * The group with the given code (the type's simple name).
   *
   * @param code for example {@code "CustomerState"}
   * @return the group, or empty if there is none
   */
  public static Optional<ConceptGroup> group(String code) {
    return GROUPS.stream().filter(g -> g.code().equals(code)).findFirst();
  }

  /**
   * Parses a concept's code, with an error that names the code and the type.
   *
   * @param type the concept's enum type
   * @param code the code, for example {@code "IRATE"}
   * @param <E> the enum type
   * @return the concept
   * @throws CxValidationException {@code CustomerState.code must be one of [COMFORTABLE, ...], was
   *     "CALM"} for an unknown code
   */
  public static <E extends Enum<E> & Labelled> E parse(Class<E> type, String code) {
    List<String> codes = new ArrayList<>();
    for (E concept : type.getEnumConstants()) {
      if (concept.code().equals(code)) {
        return concept;
      }
      codes.add(concept.code());
    }
    throw CxValidationException.of(type.getSimpleName() + ".code", "be one of " + codes, code);
  }
}
