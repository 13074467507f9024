/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.course;

import io.github.cx4j.complaints.handling.ReplyCheck;
import io.github.cx4j.complaints.handling.ReplyChecker;
import io.github.cx4j.complaints.handling.ReplyFinding;
import io.github.cx4j.core.concept.CommunicationSignal;
import io.github.cx4j.core.concept.ConceptFlow;
import io.github.cx4j.core.concept.CourseFile;
import io.github.cx4j.core.concept.CustomerCue;
import io.github.cx4j.core.concept.CustomerState;
import io.github.cx4j.core.concept.ExpressionStep;
import io.github.cx4j.core.concept.PhraseQuadrant;
import io.github.cx4j.core.concept.ResponsibilityCircle;
import io.github.cx4j.core.concept.ResponsibilityStance;
import io.github.cx4j.core.concept.ServiceCharacteristic;
import io.github.cx4j.core.concept.ServiceKeyFactor;
import io.github.cx4j.core.concept.ServiceMyth;
import io.github.cx4j.core.concept.StateRecognition;
import io.github.cx4j.core.concept.ThoughtChainStep;
import io.github.cx4j.core.concept.ValueDiscipline;
import io.github.cx4j.examples.tour.CourseChapter;
import io.github.cx4j.examples.tour.Exercise;
import io.github.cx4j.examples.tour.Tour;
import java.util.List;

/**
 * Course chapter 5, service awareness and communication (course file "Customer Relationship
 * Management"): value orientations, the features and key factors of service, what makes service
 * memorable (and the myth the course corrects), recognising a customer's state, the five-second
 * impression, the script map, the expression model, the chain from thought to result, and the
 * victim and the owner with their circles of control, influence and concern.
 */
public final class CommunicationCourse extends CourseChapter {

  /** For {@link java.util.ServiceLoader}. */
  public CommunicationCourse() {}

  @Override
  public int order() {
    return 500;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("Service awareness and communication", "服务意识与沟通技巧");
  }

  @Override
  public CourseFile course() {
    return CourseFile.CRM;
  }

  @Override
  public List<String> objectives(Tour tour) {
    return List.of(
        tour.text(
            "Describe the four features of service and its key factors.", "说明服务的四个特征和服务的关键因素。"),
        tour.text(
            "Recognise a customer's state from cues and choose an approach.",
            "根据信号识别客户的状态，并选择应对方式。"),
        tour.text(
            "Place a phrase on the script map and replace the ones customers dislike.",
            "把一句话放到话术地图上，并换掉客户不爱听的说法。"),
        tour.text(
            "Walk stimulus, reaction, response and thought, emotion, behaviour, result.",
            "按顺序讲清“刺激→反应→回应”与“思想→情绪→行为→结果”。"),
        tour.text(
            "Tell an owner from a victim by the circle an explanation lies in.",
            "根据一个解释落在哪个范围，分辨担当者与受害者。"));
  }

  @Override
  protected void body(Tour tour) {
    group(tour, ValueDiscipline.class);
    group(tour, ServiceCharacteristic.class);
    group(tour, ServiceKeyFactor.class);
    group(tour, ServiceMyth.class);
    ServiceMyth myth = ServiceMyth.MORE_IS_SPECIAL;
    tour.say(
        "The myth: " + label(tour, myth) + ". The course: " + myth.correction(tour.locale()),
        "误区：" + label(tour, myth) + "。课程：" + myth.correction(tour.locale()));
    tour.heading("The five-second impression", "五秒钟印象");
    for (CommunicationSignal s : CommunicationSignal.values()) {
      tour.println("  " + label(tour, s) + " " + s.percent() + "%");
    }
    tour.say(
        "The 7/38/55 split goes back to Mehrabian's experiments on liking from single words; it is"
            + " not a law of all communication.",
        "7/38/55 的比例出自 Mehrabian 关于单个词语表达好恶的实验，并不是一切沟通的规律。");
    StateRecognition r =
        CustomerState.recognize(
            CustomerCue.STERN, CustomerCue.INTERRUPTS, CustomerCue.IMPOLITE_TONE);
    tour.heading("Recognising the customer's state", "识别客户状态");
    tour.println(r.explain(tour.locale()));
    group(tour, PhraseQuadrant.class);
    group(tour, ExpressionStep.class);
    tour.println(ConceptFlow.of(ExpressionStep.class).render(tour.locale()));
    group(tour, ThoughtChainStep.class);
    tour.println(ConceptFlow.of(ThoughtChainStep.class).render(tour.locale()));
    group(tour, ResponsibilityStance.class);
    group(tour, ResponsibilityCircle.class);
    tour.heading("Why were you late for the meeting?", "你为什么开会迟到？");
    for (ResponsibilityCircle focus :
        List.of(ResponsibilityCircle.CONCERN, ResponsibilityCircle.CONTROL)) {
      ResponsibilityStance stance = ResponsibilityStance.of(focus);
      tour.println(
          "  "
              + tour.text("\"", "“")
              + stance.answer(tour.locale())
              + tour.text("\" (", "”（")
              + label(tour, focus)
              + tour.text(") → ", "）→ ")
              + label(tour, stance));
      tour.println("    (+) " + stance.gains(tour.locale()));
      tour.println("    (−) " + stance.costs(tour.locale()));
    }
  }

  @Override
  public List<Exercise> exercises(Tour tour) {
    StateRecognition fast =
        CustomerState.recognize(
            CustomerCue.FAST_SPEECH, CustomerCue.GIVES_ORDERS, CustomerCue.STARES);
    String phrase = tour.text("It is company policy.", "这是公司规定。");
    ReplyCheck check = ReplyChecker.standard().check(phrase);
    boolean disliked = !check.clean();
    PhraseQuadrant quadrant = PhraseQuadrant.of(!disliked, true);
    String better =
        check.findings().stream().map(ReplyFinding::betterWording).findFirst().orElse("");
    ConceptFlow<ThoughtChainStep> chain = ConceptFlow.of(ThoughtChainStep.class);
    List<ThoughtChainStep> learner =
        List.of(
            ThoughtChainStep.EMOTION,
            ThoughtChainStep.THOUGHT,
            ThoughtChainStep.BEHAVIOUR,
            ThoughtChainStep.RESULT);
    int wrong = chain.firstMistake(learner).orElse(-1) + 1;
    ResponsibilityCircle rude = ResponsibilityCircle.CONCERN;
    ResponsibilityStance blamed = rude.stance();
    return List.of(
        new Exercise(
            tour.text(
                "A customer speaks fast without pausing, gives orders and stares. Which state is"
                    + " this, and how do you handle it?",
                "一位客户语速很快、不停顿，直接发出命令，还盯着你看。这是哪一种状态？该怎样应对？"),
            fast.explain(tour.locale())),
        new Exercise(
            tour.text(
                "Staff like to say \""
                    + phrase
                    + "\". Where is it on the script map, and what to"
                    + " say instead?",
                "客服人员爱说“" + phrase + "”。它在话术地图的哪个象限？应该怎么说？"),
            label(tour, quadrant) + tour.text(". Better: ", "。更好的说法：") + better),
        new Exercise(
            tour.text(
                "\"Special service means giving more: asked for six things, give eight.\" True or"
                    + " false?",
                "“特别服务的关键是提供更多的东西：要六样就给八样。”对吗？"),
            ServiceMyth.MORE_IS_SPECIAL.correction(tour.locale())),
        new Exercise(
            tour.text(
                "Put in order: " + labels(tour, learner) + ".",
                "把下列各项排好顺序：" + labels(tour, learner) + "。"),
            tour.text(
                "Step " + wrong + " is out of place: " + chain.render(tour.locale()) + ".",
                "第 " + wrong + " 项位置错了：" + chain.render(tour.locale()) + "。")),
        new Exercise(
            tour.text(
                "After a complaint a colleague says: \"That customer was simply rude; there was"
                    + " nothing I could do.\" Which circle does the explanation lie in, which"
                    + " stance is it, and where would an owner look?",
                "一次投诉之后，同事说：“那位客户就是不讲理，我什么也做不了。”这个解释落在哪个范围？这是哪种立场？担当者会关注哪里？"),
            label(tour, rude)
                + tour.text(" → ", " → ")
                + label(tour, blamed)
                + tour.text(" (gains: ", "（得：")
                + blamed.gains(tour.locale())
                + tour.text(" Costs: ", "失：")
                + blamed.costs(tour.locale())
                + tour.text("); an owner looks at ", "）；担当者关注")
                + labels(tour, ResponsibilityStance.OWNER.focus())
                + tour.text(".", "。")));
  }
}
