/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.customer.AccountRole;
import io.github.cx4j.core.customer.CustomerKind;
import io.github.cx4j.core.customer.CustomerStrategy;
import io.github.cx4j.core.customer.CustomerTier;
import io.github.cx4j.core.customer.Level;
import io.github.cx4j.core.customer.LoyaltyBenefit;
import io.github.cx4j.core.customer.LoyaltyType;
import io.github.cx4j.core.customer.Novelty;
import io.github.cx4j.core.customer.StrategicCriterion;
import io.github.cx4j.core.customer.TierApproach;
import io.github.cx4j.core.customer.TierManagementAspect;
import io.github.cx4j.core.customer.ValueForMoney;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole vocabulary of cx4j: every concept group of {@code core.concept} and {@code
 * core.customer}, in the order of the course (course files "CS Theory and Keeping Customers",
 * "Customer Relationship Management", "Understanding Customer Service", "Customer Satisfaction
 * Management" and "All-Staff Service"). The CLI's {@code cx4j concepts} prints it, and property
 * tests check every concept in it.
 */
public final class Vocabulary {
  private static final List<ConceptGroup> GROUPS =
      List.of(
          ConceptGroup.of(CourseFile.class),
          // course file "CS Theory and Keeping Customers": CS theory, CS and CI, keeping customers
          ConceptGroup.of(CsTenet.class),
          ConceptGroup.of(RelationMirror.class),
          ConceptGroup.of(CsLayer.class),
          ConceptGroup.of(CsLayerPart.class),
          ConceptGroup.of(VhsStructureModel.class),
          ConceptGroup.of(CiLayer.class),
          ConceptGroup.of(CsCiAspect.class),
          ConceptGroup.of(CsCharacteristic.class),
          ConceptGroup.of(CsFunction.class),
          ConceptGroup.of(CustomerOrientedService.class),
          ConceptGroup.of(RetentionStep.class),
          ConceptGroup.of(RetentionMethod.class),
          ConceptGroup.of(IronRule.class),
          ConceptGroup.of(RetentionSecret.class),
          ConceptGroup.of(CustomerRight.class),
          // course file "Customer Relationship Management": service awareness, customer states,
          // complaint handling
          ConceptGroup.of(ValueDiscipline.class),
          ConceptGroup.of(ServiceCharacteristic.class),
          ConceptGroup.of(ServiceAwarenessElement.class),
          ConceptGroup.of(ServiceKeyFactor.class),
          ConceptGroup.of(MemorableServiceTrait.class),
          ConceptGroup.of(ServiceMyth.class),
          ConceptGroup.of(SatisfactionSkill.class),
          ConceptGroup.of(SpecialServiceTrait.class),
          ConceptGroup.of(InteractionStep.class),
          ConceptGroup.of(NeedsSkill.class),
          ConceptGroup.of(CommunicationSignal.class),
          ConceptGroup.of(ServiceBarrier.class),
          ConceptGroup.of(PhraseQuadrant.class),
          ConceptGroup.of(CustomerState.class),
          ConceptGroup.of(CustomerCue.class),
          ConceptGroup.of(SpeechRate.class),
          ConceptGroup.of(Tone.class),
          ConceptGroup.of(HandlingApproach.class),
          ConceptGroup.of(RecognitionRule.class),
          ConceptGroup.of(ComplaintPrinciple.class),
          ConceptGroup.of(PrinciplePractice.class),
          ConceptGroup.of(BlameShiftingPhrase.class),
          ConceptGroup.of(EmpathyPhrase.class),
          ConceptGroup.of(ListeningLevel.class),
          ConceptGroup.of(ListeningTechnique.class),
          ConceptGroup.of(ExpressionRule.class),
          ConceptGroup.of(ProfessionalExpression.class),
          ConceptGroup.of(ExpressionStep.class),
          ConceptGroup.of(ThoughtChainStep.class),
          ConceptGroup.of(ResponsibilityStance.class),
          ConceptGroup.of(ResponsibilityCircle.class),
          ConceptGroup.of(LoyaltyType.class),
          ConceptGroup.of(LoyaltyBenefit.class),
          ConceptGroup.of(DissatisfiedReaction.class),
          // course file "Understanding Customer Service": customer service, customers, tiers,
          // strategies
          ConceptGroup.of(CompetitionArena.class),
          ConceptGroup.of(LearningObjective.class),
          ConceptGroup.of(CustomerServiceEssence.class),
          ConceptGroup.of(ServiceImportance.class),
          ConceptGroup.of(ServiceShortcoming.class),
          ConceptGroup.of(ServiceAxis.class),
          ConceptGroup.of(ServiceStyle.class),
          ConceptGroup.of(Level.class),
          ConceptGroup.of(CustomerKind.class),
          ConceptGroup.of(CustomerSelection.class),
          ConceptGroup.of(ValueForMoney.class),
          ConceptGroup.of(AccountRole.class),
          ConceptGroup.of(CustomerTier.class),
          ConceptGroup.of(TierApproach.class),
          ConceptGroup.of(TierManagementAspect.class),
          ConceptGroup.of(StrategicCriterion.class),
          ConceptGroup.of(Novelty.class),
          ConceptGroup.of(CustomerStrategy.class),
          // course file "Customer Satisfaction Management": satisfaction management,
          // dissatisfaction, complaints
          ConceptGroup.of(SatisfactionFactor.class),
          ConceptGroup.of(ProductSatisfactionAspect.class),
          ConceptGroup.of(ProductSatisfactionStep.class),
          ConceptGroup.of(ServiceStage.class),
          ConceptGroup.of(ServiceSatisfactionMeans.class),
          ConceptGroup.of(DissatisfactionValue.class),
          ConceptGroup.of(DissatisfactionResponse.class),
          ConceptGroup.of(DissatisfactionPolicy.class),
          ConceptGroup.of(ComplaintValue.class),
          ConceptGroup.of(NonComplaintReason.class),
          ConceptGroup.of(ComplaintCause.class),
          ConceptGroup.of(CountermeasureBranch.class),
          ConceptGroup.of(ComplaintCountermeasure.class),
          // course file "All-Staff Service": all-staff service, marketing models, brand
          ConceptGroup.of(StakeholderPriority.class),
          ConceptGroup.of(ServiceMaxim.class),
          ConceptGroup.of(EnterpriseLevel.class),
          ConceptGroup.of(ForwardIndicator.class),
          ConceptGroup.of(MarketingModel.class),
          ConceptGroup.of(MarketingElement.class),
          ConceptGroup.of(BrandDimension.class),
          ConceptGroup.of(ServiceCaution.class),
          ConceptGroup.of(AllStaffService.class),
          ConceptGroup.of(GoodServiceStandard.class),
          ConceptGroup.of(GoodServiceTrait.class),
          ConceptGroup.of(StpStep.class),
          ConceptGroup.of(MarketPosition.class),
          ConceptGroup.of(ServicePositioning.class),
          ConceptGroup.of(AllStaffServiceStep.class),
          ConceptGroup.of(ServiceManagementPrinciple.class),
          ConceptGroup.of(PdcaPhase.class),
          ConceptGroup.of(InspectionDimension.class),
          ConceptGroup.of(ServicePrinciple.class),
          ConceptGroup.of(BehaviourNorm.class),
          ConceptGroup.of(ServiceAttitude.class),
          ConceptGroup.of(MindsetDirection.class));

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
