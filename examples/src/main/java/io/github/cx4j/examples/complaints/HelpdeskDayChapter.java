/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import io.github.cx4j.complaints.automation.Automation;
import io.github.cx4j.complaints.automation.AutomationEngine;
import io.github.cx4j.complaints.automation.CaseState;
import io.github.cx4j.complaints.automation.Due;
import io.github.cx4j.complaints.automation.DueCommand;
import io.github.cx4j.complaints.automation.TimeCounter;
import io.github.cx4j.complaints.handling.Evidence;
import io.github.cx4j.complaints.handling.PhraseVerdict;
import io.github.cx4j.complaints.handling.PrincipleCheck;
import io.github.cx4j.complaints.linking.MergeDecision;
import io.github.cx4j.complaints.linking.Merging;
import io.github.cx4j.complaints.routing.Agent;
import io.github.cx4j.complaints.routing.Assignment;
import io.github.cx4j.complaints.routing.Queue;
import io.github.cx4j.complaints.routing.Router;
import io.github.cx4j.complaints.routing.RoutingRequest;
import io.github.cx4j.complaints.routing.RoutingResult;
import io.github.cx4j.complaints.routing.Strategy;
import io.github.cx4j.complaints.routing.TeamState;
import io.github.cx4j.complaints.sla.BusinessCalendar;
import io.github.cx4j.complaints.sla.SlaMetric;
import io.github.cx4j.complaints.sla.SlaMonitor;
import io.github.cx4j.complaints.sla.SlaPolicy;
import io.github.cx4j.complaints.sla.SlaRule;
import io.github.cx4j.complaints.sla.SlaTarget;
import io.github.cx4j.complaints.sla.TimeRange;
import io.github.cx4j.complaints.survey.SurveyFigures;
import io.github.cx4j.complaints.survey.SurveyKpis;
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
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.complaints.workflow.Urgency;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.concept.ComplaintCause;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import io.github.cx4j.examples.tour.TourWords;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tour chapter "a day of a helpdesk": routing the morning's complaints to queues and agents (the
 * first receiver stays accountable, course file "All-Staff Service"), a reply judged on its phrases
 * in context (course file "Customer Relationship Management"), the automations at noon (an SLA
 * warning at 75% of a target, the next wake-up), a two-sided merge of a duplicate, and the survey
 * after resolution, invalidated by a reopen (library: {@code complaints.routing}, {@code
 * complaints.automation}, {@code complaints.linking}, {@code complaints.survey}).
 */
public final class HelpdeskDayChapter implements TourChapter {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Employee DESK = Employee.of("front-desk-zhou", "front-desk");
  private static final Employee SYSTEM = Employee.of("automation", "system");
  private static final ComplaintWorkflow WF = ComplaintWorkflow.standard();

  /** For {@link java.util.ServiceLoader}. */
  public HelpdeskDayChapter() {}

  @Override
  public int order() {
    return 78;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("A day of a helpdesk", "客服中心的一天");
  }

  private static Instant at(String localTime) {
    return java.time.LocalDateTime.parse("2026-03-02T" + localTime).atZone(SHANGHAI).toInstant();
  }

  /** One complaint's events, grown by accepted commands. */
  private static final class Case {
    final ComplaintId id;
    final List<ComplaintEvent> events = new ArrayList<>();

    Case(String id, String product, String language, Instant when) {
      this.id = ComplaintId.of(id);
      run(
          new ComplaintCommand.Receive(
              this.id,
              CustomerId.of("cust-" + id),
              DESK,
              Register.of(Channel.APP, product, language, "Li", "li@example.com", Severity.LOW),
              Optional.empty()),
          when);
    }

    Complaint state() {
      return ComplaintWorkflow.replay(events).orElseThrow();
    }

    void run(ComplaintCommand c, Instant when) {
      Decision d = WF.decide(events.isEmpty() ? Optional.empty() : Optional.of(state()), c, when);
      if (!d.accepted()) {
        throw new IllegalStateException("tour: " + c + " rejected: " + d);
      }
      events.addAll(d.events());
    }
  }

  private static Case get(Map<String, Case> cases, String id) {
    return java.util.Objects.requireNonNull(cases.get(id), id);
  }

  @Override
  public void run(Tour tour) {
    BusinessCalendar office =
        BusinessCalendar.weekly(
                SHANGHAI,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(TimeRange.of("09:00", "18:00")))
            .named("office");
    SlaPolicy policy =
        SlaPolicy.builder()
            .id("helpdesk")
            .version(1)
            .effectiveFrom(Instant.parse("2026-01-01T00:00:00Z"))
            .calendar("office")
            .addRules(
                SlaRule.builder()
                    .name("all")
                    .addTargets(
                        SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofHours(4)),
                        SlaTarget.of(SlaMetric.RESOLUTION, Duration.ofHours(27)))
                    .build())
            .build();
    SlaMonitor monitor = SlaMonitor.of(policy, office);

    tour.heading("09:00, the morning's complaints are routed", "09:00，早上的投诉被分派");
    Map<String, Case> cases = new LinkedHashMap<>();
    String[][] arriving = {
      {"H-1", "billing", "zh"},
      {"H-2", "delivery", "en"},
      {"H-3", "billing", "en"},
      {"H-4", "delivery", "zh"},
      {"H-5", "delivery", "zh"}
    };
    for (String[] a : arriving) {
      Case c = new Case(a[0], a[1], a[2], at("09:00"));
      c.run(
          new ComplaintCommand.Assess(
              c.id,
              DESK,
              a[1],
              RootCause.of(ComplaintCause.COMPANY, true, Recurrence.SINGLE),
              Impact.LOW,
              Urgency.MEDIUM),
          at("09:00"));
      cases.put(a[0], c);
    }
    Router router =
        Router.of(
            List.of(
                new Queue(
                    "zh",
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    Set.of("zh"),
                    List.of("wang", "chen"),
                    Strategy.SKILLS),
                new Queue(
                    "en",
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    List.of("sam", "wang"),
                    Strategy.ROUND_ROBIN)),
            List.of(
                new Agent(Employee.of("wang", "support"), Set.of("billing"), Set.of("zh", "en"), 3),
                new Agent(Employee.of("chen", "support"), Set.of("delivery"), Set.of("zh"), 3),
                new Agent(Employee.of("sam", "support"), Set.of("delivery"), Set.of("en"), 3)));
    List<RoutingRequest> requests = new ArrayList<>();
    for (String[] a : arriving) {
      requests.add(RoutingRequest.of(get(cases, a[0]).state(), a[2]));
    }
    RoutingResult routed = router.route(requests, TeamState.empty());
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("complaint", "投诉"),
            tour.text("queue", "队列"),
            tour.text("agent", "处理人"),
            tour.text("rule", "规则"),
            tour.text("accountable", "首问负责人")));
    for (Assignment a : routed.assignments()) {
      Case c = get(cases, a.complaintId().value());
      a.command().ifPresent(cmd -> c.run(cmd, at("09:01")));
      rows.add(
          List.of(
              a.complaintId().value(),
              a.queue().orElse("-"),
              a.agent().map(Employee::id).orElse("-"),
              a.rule(),
              c.state().accountable().id()));
    }
    tour.table(rows);
    tour.say(
        "Routing decides who works a complaint; the employee who first received it stays"
            + " accountable, as first-question responsibility asks.",
        "分派决定谁来处理投诉；首位接待的员工仍然负责到底，这就是首问负责制。");

    tour.heading("10:30, a reply is judged on its phrases", "10:30，按语境判断答复用语");
    String reply =
        tour.text(
            "You must be mistaken, I don't understand. Sorry, but that is our policy.",
            "您肯定搞错了，我不理解您为什么还要投诉。对不起，这是您自己的问题。");
    tour.println("  \"" + reply + "\"");
    for (Evidence e : PrincipleCheck.evidence(reply)) {
      tour.println("  " + (tour.chinese() ? e.lineZh() : e.line()));
    }
    String better = "非常抱歉让您久等了，我完全理解您的心情。";
    tour.println("  \"" + better + "\"");
    for (Evidence e : PrincipleCheck.evidence(better)) {
      tour.println("  " + (tour.chinese() ? e.lineZh() : e.line()));
    }
    tour.say(
        "Blame-shifting and negative phrases are judged in context too: a negated one shifts no"
            + " blame, a \"not sure\" followed by a promise to check is a commitment.",
        "推卸责任和消极的用语也按语境判断：被否定的不算推卸，“不清楚”之后承诺去查是一种承诺。");
    for (String phrases :
        List.of(
            tour.text("That's company policy.", "这是公司规定。"),
            tour.text("It is not your fault.", "这不是你的问题。"),
            tour.text("I'm not sure yet, but I will find out by 5 pm.", "我不太清楚，我马上帮您查一下。"))) {
      for (PhraseVerdict v : PrincipleCheck.phraseVerdicts(phrases)) {
        tour.println("  " + (tour.chinese() ? v.lineZh() : v.line()));
      }
    }

    tour.heading("12:00, the automations run", "12:00，自动规则运行");
    AutomationEngine engine =
        AutomationEngine.of(Automation.standard(), TimeCounter.of(office), SYSTEM);
    Instant noon = at("12:00");
    get(cases, "H-1")
        .run(
            new ComplaintCommand.Respond(
                ComplaintId.of("H-1"), Employee.of("wang", "support"), "我们正在核对账单。"),
            at("10:00"));
    @org.jspecify.annotations.Nullable Instant wake = null;
    for (Case c : cases.values()) {
      Due due = engine.due(CaseState.of(c.state(), monitor.clocks(c.events, noon)), noon);
      for (DueCommand d : due.commands()) {
        tour.println(
            "  "
                + c.id.value()
                + "  "
                + d.automation()
                + "  "
                + (tour.chinese() ? TourWords.automationReason(d.reason()) : d.reason()));
        c.run(d.command(), noon);
      }
      if (due.nextWakeUp().isPresent() && (wake == null || due.nextWakeUp().get().isBefore(wake))) {
        wake = due.nextWakeUp().get();
      }
    }
    tour.say(
        "Every complaint still waiting for its first answer has used 3 of its 4 business hours:"
            + " the warning level escalates it once, and never again at this level.",
        "还在等首次答复的投诉已用去 4 个工作小时中的 3 个：预警级别将其升级一次，同一级别不再重复。");
    tour.println(
        "  "
            + tour.text("next wake-up: ", "下次唤醒：")
            + (wake == null ? "-" : wake.atZone(SHANGHAI).toLocalDateTime().toString()));

    tour.heading("14:00, a duplicate is merged on both sides", "14:00，重复投诉双向合并");
    Case h4 = get(cases, "H-4");
    Case h5 = get(cases, "H-5");
    Instant two = at("14:00");
    MergeDecision merge =
        Merging.merge(
            WF,
            h5.state(),
            Optional.of(monitor.clocks(h5.events, two)),
            h4.state(),
            Employee.of("chen", "support"),
            two);
    h4.events.addAll(merge.target().events());
    h5.events.addAll(merge.source().events());
    tour.println(
        "  H-5 → "
            + h5.state().mergedInto().map(ComplaintId::value).orElse("-")
            + ";  H-4 ← "
            + h4.state().mergedFrom());

    tour.heading("The survey after resolution", "解决后的满意度调查");
    List<Complaint> surveyed = new ArrayList<>();
    int[] scores = {5, 4, 2};
    String[] ids = {"H-1", "H-2", "H-3"};
    for (int i = 0; i < ids.length; i++) {
      Case c = get(cases, ids[i]);
      c.run(new ComplaintCommand.Solve(c.id, DESK, ClosureOutcome.UPHELD, "refund"), at("16:00"));
      c.run(new ComplaintCommand.ScheduleSurvey(c.id, RatingScale.ONE_TO_FIVE), at("17:00"));
      c.run(
          new ComplaintCommand.AnswerSurvey(
              c.id, scores[i], scores[i] <= 2 ? Optional.of("slow") : Optional.empty()),
          at("17:30"));
    }
    Case h3 = get(cases, "H-3");
    h3.run(
        new ComplaintCommand.Reopen(h3.id, DESK, "the refund did not arrive", Optional.empty()),
        at("17:45"));
    for (String id : ids) {
      surveyed.add(get(cases, id).state());
    }
    SurveyFigures f = SurveyKpis.of(surveyed);
    tour.printf(
        tour.text(
            "  sent %d, answered %d, invalidated by the reopen %d; CSAT %.0f%% (%d of %d)",
            "  发出 %d 份，有效回答 %d 份，因重开作废 %d 份；满意度 %.0f%%（%d / %d）"),
        f.sent(),
        f.answered(),
        f.invalidated(),
        100 * f.csat().value(),
        f.csat().count(),
        f.csat().n());
  }
}
