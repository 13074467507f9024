/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import io.github.cx4j.complaints.handling.HandlingGuidance;
import io.github.cx4j.complaints.handling.HandlingGuide;
import io.github.cx4j.complaints.handling.HandlingStep;
import io.github.cx4j.complaints.handling.PrincipleCheck;
import io.github.cx4j.complaints.handling.PrincipleFinding;
import io.github.cx4j.complaints.handling.ReplyCheck;
import io.github.cx4j.complaints.handling.ReplyChecker;
import io.github.cx4j.complaints.kpi.ComplaintKpis;
import io.github.cx4j.complaints.kpi.Iceberg;
import io.github.cx4j.complaints.kpi.IcebergEstimate;
import io.github.cx4j.complaints.kpi.KpiOptions;
import io.github.cx4j.complaints.kpi.KpiReport;
import io.github.cx4j.complaints.kpi.SyntheticHistory;
import io.github.cx4j.complaints.recovery.Remedy;
import io.github.cx4j.complaints.recovery.RemedyKind;
import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Impact;
import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.RootCause;
import io.github.cx4j.complaints.workflow.SatisfactionPhase;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.complaints.workflow.Urgency;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.concept.ComplaintCause;
import io.github.cx4j.core.concept.CustomerCue;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tour chapter 70, "When things go wrong": the late-night restaurant case of course file "Customer
 * Satisfaction Management" as a complaint lifecycle, a reply checked, the five principles checked,
 * and KPIs over a seeded synthetic complaint history.
 */
public final class WhenThingsGoWrongChapter implements TourChapter {

  /** For the service loader. */
  public WhenThingsGoWrongChapter() {}

  @Override
  public int order() {
    return 70;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("When things go wrong", "当问题发生时");
  }

  @Override
  public void run(Tour tour) {
    Locale locale = tour.locale();
    tour.heading(
        "The late-night guest (course file \"Customer Satisfaction Management\") as a complaint case",
        "深夜的客人（课程文件《客户满意管理》）作为一个投诉案例");
    tour.say(
        "22:30: a tired guest asks whether the restaurant still serves food; he fears being turned"
            + " away. The waiter who hears him first owns the case (first-question responsibility).",
        "晚上 10:30，一位疲惫的客人问还能不能吃点夜宵，担心被拒之门外。第一个听到的服务员就是首问责任人。");
    ComplaintId id = ComplaintId.of("NIGHT-2230");
    Employee waiter = Employee.of("waiter-li", "restaurant-floor");
    Instant t0 = Instant.parse("2026-03-01T14:30:00Z");
    List<ComplaintCommand> steps = new ArrayList<>();
    steps.add(
        new ComplaintCommand.Receive(
            id,
            CustomerId.of("guest-3"),
            waiter,
            Register.of(
                    Channel.IN_PERSON,
                    "late-night meal",
                    "Three guests, tired, fear the kitchen is closed at 22:30",
                    "Mr. Zhang",
                    "room 512",
                    Severity.LOW)
                .withRemedySought("something warm to eat"),
            Optional.empty()));
    steps.add(
        new ComplaintCommand.RecordCustomerState(
            id,
            waiter,
            io.github.cx4j.core.concept.CustomerState.recognize(
                    CustomerCue.FRIENDLY, CustomerCue.TALKATIVE, CustomerCue.COOPERATIVE)
                .state()
                .orElseThrow(),
            List.of(CustomerCue.FRIENDLY, CustomerCue.TALKATIVE, CustomerCue.COOPERATIVE)));
    steps.add(new ComplaintCommand.Acknowledge(id, waiter));
    steps.add(
        new ComplaintCommand.Assess(
            id,
            waiter,
            "late-service",
            RootCause.of(ComplaintCause.ENVIRONMENT, true, Recurrence.RECURRING),
            Impact.LOW,
            Urgency.HIGH));
    steps.add(
        new ComplaintCommand.Respond(
            id,
            waiter,
            tour.text(
                "Of course, Mr. Zhang, we will do our best. I understand you are tired, and it is"
                    + " late: may we bring a bowl of noodles each and a few light dishes, easy to"
                    + " digest?",
                "当然可以，张先生，我们尽力安排。我理解您很累，天也晚了：给每位上一碗面条，再配几样清淡、" + "好消化的小菜，好吗？")));
    steps.add(
        new ComplaintCommand.ProvideRemedy(
            id,
            waiter,
            Remedy.of(
                RemedyKind.GOODWILL_GESTURE, "drew a map to the hospital and back to the hotel")));
    steps.add(
        new ComplaintCommand.Solve(
            id, waiter, ClosureOutcome.RESOLVED, "hot noodles served in ten minutes"));
    steps.add(
        new ComplaintCommand.RecordSatisfaction(
            id, SatisfactionPhase.AFTER, 5, RatingScale.ONE_TO_FIVE));
    steps.add(new ComplaintCommand.Close(id, waiter, Optional.empty()));
    List<ComplaintEvent> events = new ArrayList<>();
    Optional<Complaint> state = Optional.empty();
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("time", "时间"),
            tour.text("event", "事件"),
            tour.text("status", "状态"),
            tour.text("ISO 10002 stage", "ISO 10002 阶段"),
            tour.text("customer sees", "客户看到")));
    int minute = 0;
    int[] offsets = {0, 0, 1, 2, 3, 13, 14, 40, 45};
    for (ComplaintCommand c : steps) {
      Instant at = t0.plus(Duration.ofMinutes(offsets[minute++]));
      Decision d = ComplaintWorkflow.standard().decide(state, c, at);
      for (ComplaintEvent e : d.events()) {
        state = Optional.of(ComplaintWorkflow.evolve(state, e));
        events.add(e);
        Complaint s = state.get();
        rows.add(
            List.of(
                java.time.LocalTime.of(22, 30)
                    .plusMinutes(Duration.between(t0, at).toMinutes())
                    .toString(),
                io.github.cx4j.examples.tour.TourWords.event(tour, e),
                s.status().label(locale),
                s.stage().label(locale),
                s.trackingStatus().label(locale)));
      }
    }
    tour.table(rows);
    Complaint done = state.orElseThrow();
    tour.printf(
        tour.text(
            "Accountable throughout: %s; priority %s (impact low x urgency high); remedy: %s.",
            "全程负责：%s；优先级 %s（影响小 x 紧急）；补救：%s。"),
        done.accountable().id(),
        done.classification().orElseThrow().priority().label(locale),
        done.remedies().get(0).kind().label(locale));

    tour.heading("Guidance for the recognised state", "针对所识别状态的处理建议");
    HandlingGuidance guidance =
        HandlingGuide.standard().forState(done.customerState().orElseThrow());
    tour.println(
        done.customerState().orElseThrow().label(locale)
            + " -> "
            + guidance.approach().label(locale));
    for (HandlingStep step : guidance.steps()) {
      tour.println("  - " + step.text(locale));
    }

    tour.heading("A reply checked", "检查一条答复");
    String bad =
        tour.text(
            "Impossible, the kitchen has closed, it's company policy. You should have come earlier.",
            "不可能，厨房已经下班了，这是公司规定。你应该早点来。");
    String good =
        tour.text(
            "Of course we will serve you; we will do our best to make you happy.",
            "怎么可能不让您吃，您来了我们就得尽力做到满意。");
    for (String reply : List.of(bad, good)) {
      ReplyCheck check = ReplyChecker.standard().check(reply);
      tour.println("> " + reply);
      tour.printf(
          tour.text("  we: %d, you: %d", "  我们：%d，你/您：%d"), check.weCount(), check.youCount());
      for (String line : check.advice(locale)) {
        tour.println("  * " + line);
      }
    }

    tour.heading(
        "The five principles of course file \"Customer Relationship Management\"",
        "课程文件《客户关系管理》的五项原则");
    List<List<String>> prows = new ArrayList<>();
    prows.add(
        List.of(tour.text("principle", "原则"), tour.text("met", "达到"), tour.text("why", "理由")));
    for (PrincipleFinding f : PrincipleCheck.check(events)) {
      List<String> reasons = tour.chinese() ? f.reasonsZh() : f.reasons();
      prows.add(
          List.of(
              f.principle().label(locale),
              f.met() ? tour.text("yes", "是") : tour.text("no", "否"),
              String.join("; ", reasons)));
    }
    tour.table(prows);

    tour.heading(
        "KPIs over a synthetic history (seed 2026, 2,000 complaints)",
        "合成投诉历史上的 KPI（种子 2026，2,000 件投诉）");
    List<ComplaintEvent> history =
        SyntheticHistory.generate(2_000, 800, Instant.parse("2026-01-01T00:00:00Z"), 2026);
    KpiReport report =
        ComplaintKpis.fromEvents(history, KpiOptions.defaults().withCustomers(40_000));
    List<String> lines = KpiCommand.text(report, Iceberg.estimate(report.complaints()), locale);
    for (String line : lines.subList(0, lines.size() - 1)) {
      tour.println("  " + line);
    }
    IcebergEstimate iceberg = Iceberg.estimate(report.complaints());
    tour.printf(
        tour.text(
            "The iceberg: behind %d complaints stand about %.0f dissatisfied customers.",
            "冰山：%d 件投诉背后约有 %.0f 位不满意的客户。"),
        iceberg.complaints(),
        iceberg.dissatisfied());
    tour.println(Iceberg.caveat(locale));
  }
}
