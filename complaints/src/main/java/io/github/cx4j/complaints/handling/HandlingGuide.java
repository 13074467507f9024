/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import io.github.cx4j.core.concept.CustomerCue;
import io.github.cx4j.core.concept.CustomerState;
import io.github.cx4j.core.concept.HandlingApproach;
import io.github.cx4j.core.concept.StateRecognition;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The approach and steps for each customer state of course file "Customer Relationship Management"
 * (识别客户状态: comfortable, indecisive, insistent, irate), built from the course's listening techniques
 * (读心 reflect feelings, 复述 paraphrase, 鼓励 encourage, 指导 guide) and principles. A caller can replace
 * the steps of any approach with {@link #withSteps}.
 */
public final class HandlingGuide {
  private static final HandlingGuide STANDARD = new HandlingGuide(standardSteps());

  private final Map<HandlingApproach, List<HandlingStep>> steps;

  private List<HandlingStep> stepsOf(HandlingApproach approach) {
    return Objects.requireNonNull(steps.get(approach), "every approach has steps");
  }

  private HandlingGuide(Map<HandlingApproach, List<HandlingStep>> steps) {
    this.steps = steps;
  }

  /**
   * The guide with the standard steps.
   *
   * @return the guide
   */
  public static HandlingGuide standard() {
    return STANDARD;
  }

  /**
   * This guide with other steps for one approach.
   *
   * @param approach the approach
   * @param newSteps its steps
   * @return a copy
   */
  public HandlingGuide withSteps(HandlingApproach approach, List<HandlingStep> newSteps) {
    Map<HandlingApproach, List<HandlingStep>> copy = new EnumMap<>(steps);
    copy.put(approach, HandlingFramework.of(approach.code(), newSteps).steps());
    return new HandlingGuide(copy);
  }

  /**
   * Guidance for a known state.
   *
   * @param state the state
   * @return its approach and steps
   */
  public HandlingGuidance forState(CustomerState state) {
    return new HandlingGuidance(Optional.of(state), state.approach(), stepsOf(state.approach()));
  }

  /**
   * Guidance from observed cues, recognised with {@link CustomerState#recognize(Collection)};
   * undetermined cues give the "observe and ask" steps.
   *
   * @param cues the observed cues
   * @return the guidance
   */
  public HandlingGuidance forCues(Collection<CustomerCue> cues) {
    StateRecognition r = CustomerState.recognize(cues);
    return new HandlingGuidance(r.state(), r.approach(), stepsOf(r.approach()));
  }

  private static Map<HandlingApproach, List<HandlingStep>> standardSteps() {
    Map<HandlingApproach, List<HandlingStep>> m = new EnumMap<>(HandlingApproach.class);
    m.put(
        HandlingApproach.BUILD_RAPPORT,
        List.of(
            HandlingStep.of(
                "GREET_BY_NAME", "Greet the customer by name and smile.", "微笑并称呼客户姓名问候。"),
            HandlingStep.of(
                "BUILD_RAPPORT", "Match their friendly tone and build rapport.", "呼应客户的友好语气，建立关系。"),
            HandlingStep.of("FIND_NEEDS", "Ask about needs and expectations.", "询问需要和期望。"),
            HandlingStep.of(
                "PERSONALISE",
                "Personalise the service; offer something a little extra.",
                "提供个性化服务，给一点额外的惊喜。"),
            HandlingStep.of(
                "CONFIRM_SATISFACTION", "Confirm satisfaction and thank them.", "确认客户满意并致谢。")));
    m.put(
        HandlingApproach.GUIDE_WITH_OPTIONS,
        List.of(
            HandlingStep.of("BE_PATIENT", "Be patient; slow down to their pace.", "保持耐心，放慢到客户的节奏。"),
            HandlingStep.of(
                "ASK_OPEN_QUESTIONS",
                "Ask open questions to find the real need.",
                "用开放式问题找出真正的需要。"),
            HandlingStep.of("OFFER_OPTIONS", "Offer two or three clear options.", "提供两三个清楚的选项。"),
            HandlingStep.of("RECOMMEND", "Recommend one and say why.", "推荐其中一个并说明理由。"),
            HandlingStep.of(
                "CONFIRM_DECISION", "Paraphrase and confirm the decision.", "复述并确认客户的决定。")));
    m.put(
        HandlingApproach.ACT_EFFICIENTLY,
        List.of(
            HandlingStep.of("BE_BRIEF", "Be brief and direct.", "简明直接。"),
            HandlingStep.of(
                "CONFIRM_REQUEST", "Confirm the request in one sentence.", "用一句话确认客户的要求。"),
            HandlingStep.of("ACT_NOW", "Act at once; do not argue.", "立即行动，不争辩。"),
            HandlingStep.of("GIVE_CONTROL", "Give them the choice where you can.", "尽可能让客户做选择。"),
            HandlingStep.of("REPORT_BACK", "Report back when done.", "完成后及时回复。")));
    m.put(
        HandlingApproach.DEFUSE_AND_RESOLVE,
        List.of(
            HandlingStep.of("STAY_CALM", "Stay calm; do not take it personally.", "保持冷静，不要往心里去。"),
            HandlingStep.of(
                "LET_VENT", "Let the customer vent without interrupting.", "让客户发泄，不要打断。"),
            HandlingStep.of(
                "LISTEN_FOUR_WAYS",
                "Listen for facts, content, subtext and emotion.",
                "听表面事实、具体内容、言外之音和对方情绪。"),
            HandlingStep.of(
                "REFLECT_FEELINGS",
                "Reflect feelings: \"You must be very worried.\"",
                "读心：“看来您一定很担忧。”"),
            HandlingStep.of(
                "APOLOGISE", "Apologise sincerely; never argue or shift blame.", "真诚道歉，不争辩、不推卸责任。"),
            HandlingStep.of(
                "GUIDE_TO_SOLUTION",
                "Guide: \"Shall we first find the cause, then the solution?\"",
                "指导：“我们先分析问题的原因，再找解决方法好吗？”"),
            HandlingStep.of(
                "RESOLVE_OR_ESCALATE",
                "Resolve now, or escalate to a supervisor at once.",
                "立即解决，或迅速提交上级主管处理。"),
            HandlingStep.of(
                "FOLLOW_UP", "Follow up and keep the customer informed.", "跟进并及时通知客户。")));
    m.put(
        HandlingApproach.OBSERVE_AND_ASK,
        List.of(
            HandlingStep.of(
                "OBSERVE",
                "Watch the five-second impression: voice, words, body.",
                "观察五秒钟印象：声音、语言和视觉信号。"),
            HandlingStep.of("ASK_OPEN_QUESTIONS", "Ask open questions.", "提出开放式问题。"),
            HandlingStep.of("PARAPHRASE", "Paraphrase: \"You just said ...\"", "复述：“您刚才说……”"),
            HandlingStep.of("ENCOURAGE", "Encourage: \"I see, please go on.\"", "鼓励：“我明白，请继续。”")));
    return m;
  }
}
