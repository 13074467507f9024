/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.sla;

import static io.github.cx4j.examples.sla.TourClock.hours;
import static io.github.cx4j.examples.sla.TourClock.local;
import static io.github.cx4j.examples.sla.TourClock.resource;
import static io.github.cx4j.examples.sla.TourClock.t;

import io.github.cx4j.complaints.sla.BusinessCalendar;
import io.github.cx4j.complaints.sla.ReopenMode;
import io.github.cx4j.complaints.sla.SlaCase;
import io.github.cx4j.complaints.sla.SlaClock;
import io.github.cx4j.complaints.sla.SlaClocks;
import io.github.cx4j.complaints.sla.SlaInputs;
import io.github.cx4j.complaints.sla.SlaMetric;
import io.github.cx4j.complaints.sla.SlaPolicy;
import io.github.cx4j.complaints.sla.SlaReport;
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
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.complaints.workflow.Urgency;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.concept.ComplaintCause;
import io.github.cx4j.examples.sla.TourClock.Step;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tour chapter 75: the late-night restaurant complaint (course files "Customer Satisfaction
 * Management" and "All-Staff Service") timed by SLA clocks on the restaurant's overnight business
 * calendar, through a pause, a priority change and a reopen.
 */
public final class SlaChapter implements TourChapter {
  /** For {@link java.util.ServiceLoader}. */
  public SlaChapter() {}

  @Override
  public int order() {
    return 75;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("SLA clocks", "SLA 时钟");
  }

  /** The restaurant's calendar: evenings into the small hours, lunch at weekends. */
  static BusinessCalendar calendar() throws IOException {
    return BusinessCalendar.fromJson(resource("sla-calendar-late-night-restaurant.json"));
  }

  /**
   * The restaurant's policy, read from {@code examples/sla-policy-restaurant.json}, with a reopen
   * mode.
   */
  static SlaPolicy policy(ReopenMode reopen) throws IOException {
    SlaPolicy policy =
        CxJson.mapper().readValue(resource("sla-policy-restaurant.json"), SlaPolicy.class);
    return SlaPolicy.builder().from(policy).reopen(reopen).build();
  }

  /** The complaint, run through the complaint workflow's own commands. */
  static List<ComplaintEvent> events() {
    ComplaintId id = ComplaintId.of("LN-2026-0307");
    Employee waiter = Employee.of("xiao-li", "front-of-house");
    Register register =
        Register.of(
            Channel.IN_PERSON,
            "late-night meal",
            "Turned away at 22:40: the kitchen said it was closed although the sign says 02:00",
            "Mr. Wang",
            "wang@example.com",
            Severity.MEDIUM);
    RootCause cause = RootCause.of(ComplaintCause.COMPANY, true, Recurrence.SINGLE);
    List<Step> script =
        List.of(
            Step.of(
                "2026-03-07T22:40",
                new ComplaintCommand.Receive(
                    id, CustomerId.of("wang"), waiter, register, Optional.empty())),
            Step.of("2026-03-07T22:45", new ComplaintCommand.Acknowledge(id, waiter)),
            Step.of(
                "2026-03-07T22:50",
                new ComplaintCommand.Assess(
                    id, waiter, "service", cause, Impact.MEDIUM, Urgency.MEDIUM)),
            Step.of(
                "2026-03-07T23:20",
                new ComplaintCommand.Respond(id, waiter, "We are sorry; may we see your receipt?")),
            Step.of(
                "2026-03-07T23:25",
                new ComplaintCommand.ChangeStatus(
                    id, waiter, SubStatus.defaultOf(StatusCategory.PENDING))),
            Step.of(
                "2026-03-08T12:10", new ComplaintCommand.RecordCustomerReply(id, "Here it is.")),
            Step.of(
                "2026-03-08T12:30",
                new ComplaintCommand.Assess(
                    id, waiter, "service", cause, Impact.HIGH, Urgency.MEDIUM)),
            Step.of(
                "2026-03-08T13:00",
                new ComplaintCommand.Respond(
                    id, waiter, "A dinner for two on us, with apologies.")),
            Step.of(
                "2026-03-08T13:05",
                new ComplaintCommand.Solve(id, waiter, ClosureOutcome.UPHELD, "voucher for two")),
            Step.of(
                "2026-03-09T19:00",
                new ComplaintCommand.RecordCustomerReply(
                    id, "The voucher was refused at the till.")));
    ComplaintWorkflow workflow = ComplaintWorkflow.standard();
    List<ComplaintEvent> events = new ArrayList<>();
    Optional<Complaint> state = Optional.empty();
    for (Step step : script) {
      Decision decision = workflow.decide(state, step.command(), step.at());
      if (!decision.accepted()) {
        throw new IllegalStateException(
            "the workflow rejected " + step.command() + ": " + decision);
      }
      for (ComplaintEvent event : decision.events()) {
        state = Optional.of(ComplaintWorkflow.evolve(state, event));
        events.add(event);
      }
    }
    return events;
  }

  @Override
  public void run(Tour tour) throws Exception {
    BusinessCalendar calendar = calendar();
    SlaCase input = SlaInputs.fromEvents(events(), Map.of());
    Instant now = t("2026-03-09T21:00");
    tour.say(
        "Timeliness is the fifth complaint-handling principle (course file \"Customer Relationship Management\"). The late-night"
            + " restaurant opens 18:00-02:00 on weekdays (to 04:00 on Friday and Saturday nights)"
            + " and for lunch at weekends; its clocks count only those hours, in Asia/Shanghai.",
        "及时性是投诉处理的第五条原则（课程文件《客户关系管理》）。这家深夜餐厅工作日 18:00 营业到次日 02:00"
            + "(周五、周六到 04:00),周末另有午市;时钟只计营业时间(Asia/Shanghai)。");
    tour.say(
        "Resolution is configured to pause while the complaint waits for the customer (PENDING);"
            + " requester wait pauses there by default.",
        "解决时钟配置为在等待顾客(待回复)时暂停;投诉人等待时钟默认也在此暂停。");
    tour.heading("The complaint's facts, from the workflow's events", "从工作流事件得到的计时事实");
    List<List<String>> facts = tour.rows("when", "时间", "fact", "事实");
    input.facts().forEach(f -> facts.add(List.of(local(f.at()), describe(tour, f))));
    tour.table(facts);

    SlaReport report = SlaClocks.evaluate(policy(ReopenMode.RESUME), calendar, input, now);
    tour.heading(
        "Every clock at " + local(now) + " (reopen mode RESUME)", local(now) + " 时的全部时钟(重开方式:继续)");
    List<List<String>> rows =
        tour.rows(
            "cycle",
            "周期",
            "clock",
            "时钟",
            "state",
            "状态",
            "target",
            "目标",
            "elapsed",
            "已用",
            "due",
            "到期",
            "breached",
            "违约于");
    for (SlaClock clock : report.clocks()) {
      rows.add(
          List.of(
              String.valueOf(clock.cycle()),
              clock.metric() == SlaMetric.REGULATORY
                  ? io.github.cx4j.examples.tour.TourWords.clockName(tour, clock.name())
                  : clock.metric().label(tour.locale()),
              clock.state().label(tour.locale()),
              hours(clock.target()),
              hours(clock.elapsed()),
              clock.due().map(TourClock::local).orElse("-"),
              clock.breachedAt().map(TourClock::local).orElse("-")));
    }
    tour.table(rows);

    SlaClock resolution =
        report.cycles().get(0).clocks().stream()
            .filter(c -> c.metric() == SlaMetric.RESOLUTION)
            .findFirst()
            .orElseThrow();
    tour.heading("Why: the resolution clock of cycle 1, step by step", "原因:第 1 周期解决时钟的每一步");
    printSteps(tour, resolution);
    SlaClock resumed = report.latest("RESOLUTION").orElseThrow();
    tour.heading("After the reopen: the same clock resumed in cycle 2", "重开之后:第 2 周期接续计时");
    printSteps(tour, resumed);
    String gap = hours(Duration.between(resolution.stoppedAt().orElseThrow(), resumed.startedAt()));
    tour.say(
        "The "
            + gap
            + " between the solve and the reopen are not counted; the clock resumes with the"
            + " business time it had used, against the HIGH target of 4 hours.",
        "解决到重开之间的 " + gap + " 不计;时钟带着已用的营业时间,按“高”优先级的 4 小时目标继续。");

    tour.heading("Reopen modes side by side", "各种重开方式对比");
    List<List<String>> modes =
        tour.rows(
            "mode",
            "方式",
            "clocks in cycle 2",
            "第 2 周期的时钟数",
            "resolution clock in cycle 2",
            "第 2 周期解决时钟",
            "elapsed",
            "已用",
            "due",
            "到期");
    for (ReopenMode mode : ReopenMode.values()) {
      SlaReport r = SlaClocks.evaluate(policy(mode), calendar, input, now);
      Optional<SlaClock> second =
          r.cycles().get(1).clocks().stream()
              .filter(c -> c.metric() == SlaMetric.RESOLUTION)
              .findFirst();
      modes.add(
          List.of(
              mode.label(tour.locale()),
              String.valueOf(r.cycles().get(1).clocks().size()),
              second.map(c -> c.state().label(tour.locale())).orElse(tour.text("none", "无")),
              second.map(c -> hours(c.elapsed())).orElse("-"),
              second.flatMap(SlaClock::due).map(TourClock::local).orElse("-")));
    }
    tour.table(modes);
    tour.say(
        "Replaying the same events at any earlier instant gives the clocks as they stood then:"
            + " nothing is back-dated.",
        "在任何更早的时刻重放同样的事件,得到的就是当时的时钟状态:不倒签。");
  }

  private static void printSteps(Tour tour, SlaClock clock) {
    List<List<String>> steps =
        tour.rows("when", "时间", "event", "事件", "elapsed", "已用", "target", "目标", "running", "计时");
    for (SlaClock.ClockStep step : clock.steps()) {
      steps.add(
          List.of(
              local(step.at()),
              io.github.cx4j.examples.tour.TourWords.clockNote(tour, step.event()),
              hours(step.elapsed()),
              hours(step.target()),
              step.running() ? tour.text("yes", "是") : tour.text("no", "否")));
    }
    tour.table(steps);
    String marks =
        clock.marks().stream()
            .map(
                m ->
                    m.name()
                        + " "
                        + m.at().map(TourClock::local).orElse("-")
                        + (m.reached() ? " ✓" : ""))
            .reduce((a, b) -> a + ", " + b)
            .orElse("-");
    tour.println("  " + tour.text("marks: ", "提醒/升级:") + marks);
  }

  private static String describe(Tour tour, io.github.cx4j.complaints.sla.SlaFact fact) {
    if (fact instanceof io.github.cx4j.complaints.sla.SlaFact.StatusChange s) {
      return tour.text("status ", "状态:") + s.status().label(tour.locale());
    }
    if (fact instanceof io.github.cx4j.complaints.sla.SlaFact.PriorityChange p) {
      return tour.text("priority ", "优先级:") + p.priority().label(tour.locale());
    }
    if (fact instanceof io.github.cx4j.complaints.sla.SlaFact.MovedDeadline d) {
      return tour.text("deadline moved from ", "合并带来的期限:") + d.from() + " " + d.target();
    }
    io.github.cx4j.complaints.sla.SlaFact.Message m =
        (io.github.cx4j.complaints.sla.SlaFact.Message) fact;
    String kind =
        m.automatic()
            ? tour.text(" (acknowledgement)", "(确认回执)")
            : tour.text(" (personal reply)", "(人工回复)");
    return tour.text("message by ", "留言:") + m.author().label(tour.locale()) + kind;
  }
}
