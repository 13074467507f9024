/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import static io.github.cx4j.examples.sla.TourClock.hours;
import static io.github.cx4j.examples.sla.TourClock.local;
import static io.github.cx4j.examples.sla.TourClock.resource;
import static io.github.cx4j.examples.sla.TourClock.t;

import io.github.cx4j.complaints.jdbc.JdbcEventStore;
import io.github.cx4j.complaints.sla.BusinessCalendar;
import io.github.cx4j.complaints.sla.ClockStatus;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.sla.HolidayTable;
import io.github.cx4j.complaints.sla.SlaMonitor;
import io.github.cx4j.complaints.sla.SlaPolicy;
import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.CommandExecution;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.examples.sla.TourClock;
import io.github.cx4j.examples.sla.TourClock.Step;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tour chapter 76: a complaint kept in the embedded H2 database file, reloaded after the store is
 * closed, and its SLA clocks on the Shanghai office calendar, including what happens when the
 * calendar's holiday data runs out at the end of 2026 and how a holiday table for the next year is
 * loaded.
 */
public final class ComplaintStoreChapter implements TourChapter {
  /** For {@link java.util.ServiceLoader}. */
  public ComplaintStoreChapter() {}

  @Override
  public int order() {
    return 76;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("Complaints in a database, with their clocks", "存进数据库的投诉与它们的时钟");
  }

  @Override
  public void run(Tour tour) throws Exception {
    Path dir = Files.createTempDirectory("cx4j-tour-");
    try {
      run(tour, dir.resolve("complaints"));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private void run(Tour tour, Path db) throws Exception {
    tour.say(
        "A CRM keeps its complaints in a database. cx4j's JDBC event store writes each complaint's"
            + " events as JSON rows (H2 in a file here; PostgreSQL on a server), appends with an"
            + " expected version so that two agents cannot overwrite each other, and gives them back"
            + " after a restart.",
        "客户关系管理系统把投诉存在数据库里。cx4j 的 JDBC 事件存储把每件投诉的事件以 JSON 行写入（这里是文件中的 H2，服务器上是"
            + " PostgreSQL），按预期版本追加，两位客服不会互相覆盖；重启后数据仍在。");
    ComplaintId id = ComplaintId.of("SH-2026-1228");
    Employee agent = Employee.of("chen", "service-desk");
    Register register =
        Register.of(
            Channel.PHONE,
            "delivery",
            "The washing machine ordered on 12-20 has not arrived",
            "Ms. Zhao",
            "zhao@example.com",
            Severity.MEDIUM);
    List<Step> script =
        List.of(
            Step.of(
                "2026-12-28T10:00",
                new ComplaintCommand.Receive(
                    id, CustomerId.of("zhao"), agent, register, Optional.empty())),
            Step.of("2026-12-28T10:20", new ComplaintCommand.Acknowledge(id, agent)),
            Step.of(
                "2026-12-28T13:30",
                new ComplaintCommand.Respond(
                    id, agent, "The parcel is at the depot; we are on it.")),
            Step.of(
                "2026-12-28T14:00",
                new ComplaintCommand.ChangeStatus(
                    id, agent, SubStatus.defaultOf(StatusCategory.ON_HOLD))),
            Step.of(
                "2026-12-29T09:30",
                new ComplaintCommand.ChangeStatus(
                    id, agent, SubStatus.defaultOf(StatusCategory.OPEN))));
    ComplaintWorkflow wf = ComplaintWorkflow.standard();
    List<List<String>> rows = tour.rows("time", "时间", "command", "命令", "result", "结果");
    try (JdbcEventStore store = JdbcEventStore.open(db)) {
      for (Step step : script) {
        ComplaintCommand command = step.command();
        CommandExecution.Outcome o = CommandExecution.execute(store, wf, command, step.at(), 3);
        rows.add(
            List.of(
                local(step.at()),
                io.github.cx4j.examples.tour.TourWords.event(tour, command),
                o.append()
                    .map(
                        a ->
                            io.github.cx4j.examples.tour.TourWords.event(tour, a)
                                + " v"
                                + a.version())
                    .orElse("-")));
      }
    }
    tour.table(rows);
    Optional<Complaint> reloaded;
    try (JdbcEventStore store = JdbcEventStore.open(db)) {
      reloaded = store.state(id);
      tour.printf(
          tour.text(
              "closed and reopened %s.mv.db: %s is at version %d, status %s, %d events",
              "关闭后重新打开 %s.mv.db：%s 版本 %d，状态 %s，共 %d 个事件"),
          db.getFileName(),
          id,
          reloaded.orElseThrow().version(),
          tour.chinese()
              ? reloaded.orElseThrow().status().label(tour.locale())
              : reloaded.orElseThrow().status(),
          store.load(id).size());
      BusinessCalendar office = BusinessCalendar.fromJson(resource("sla-calendar-shanghai.json"));
      SlaPolicy policy =
          CxJson.mapper().readValue(resource("sla-policy-office.json"), SlaPolicy.class);
      SlaMonitor monitor = SlaMonitor.of(policy, office);
      Instant now = t("2026-12-29T09:45");
      tour.heading("Its clocks on Tuesday 09:45", "周二 09:45 的时钟");
      tour.say(
          "The events map to SLA facts (the acknowledgement, the first agent reply, the hold as a"
              + " pause of the resolution clock); the office calendar counts 09:00-12:00 and"
              + " 13:00-18:00 on working days.",
          "事件对应到 SLA 事实（确认、首次客服答复、挂起即暂停解决时钟）；办公日历只计工作日的 09:00-12:00 与 13:00-18:00。");
      clocks(tour, monitor.clocks(store.load(id), now));
      Instant late = t("2026-12-31T10:00");
      tour.heading("When the holiday data runs out", "节假日数据用完时");
      tour.say(
          "The complaint waits on hold again from Tuesday 10:00 to Thursday 09:00; on Thursday"
              + " 10:00 its resolution clock has 11.5 business hours left, more than 2026 has.",
          "投诉从周二 10:00 再次挂起到周四 09:00；周四 10:00 解决时钟还剩 11.5 个工作小时，超出了 2026 年所余的时间。");
      for (String[] step :
          List.of(
              new String[] {"2026-12-29T10:00", "ON_HOLD"},
              new String[] {"2026-12-31T09:00", "OPEN"})) {
        CommandExecution.execute(
            store,
            wf,
            new ComplaintCommand.ChangeStatus(
                id, agent, SubStatus.defaultOf(StatusCategory.valueOf(step[1]))),
            t(step[0]),
            3);
      }
      try {
        monitor.clocks(store.load(id), late);
        tour.say("(unexpectedly computed)", "（意外地算出了结果）");
      } catch (CxValidationException e) {
        tour.say(
            e.getMessage(),
            "库拒绝计算并说明原因：日历 shanghai-office 的节假日数据只到 2026-12-31，而到期时刻在 2027-01-01，"
                + "需要先加载 2027 年的节假日（HolidayTable、withHolidays），或明确调用 allowingBeyondCoverage()。");
      }
      tour.say(
          "The calendar knows its holidays only through 2026-12-31, so it refuses to guess whether"
              + " 2027-01-01 is worked. A holiday table for 2027 (JSON or iCalendar, with make-up"
              + " working days) extends it; the file used here is an example, not the official"
              + " notice.",
          "日历只知道到 2026-12-31 的节假日，所以不去猜 2027-01-01 是否上班。一张 2027 年的节假日表（JSON 或 iCalendar，含调休上班日）即可延长它；这里用的是示例文件，并非官方通知。");
      HolidayTable table =
          HolidayTable.fromIcs(resource("holidays-example-2027.ics"), "holidays-example-2027.ics");
      BusinessCalendar extended =
          office.withHolidays(
              table,
              2027,
              2027,
              java.util.Objects.requireNonNull(office.week().get(java.time.DayOfWeek.MONDAY)));
      clocks(tour, SlaMonitor.of(policy, extended).clocks(store.load(id), late));
    }
    tour.heading("Try it", "动手试试");
    tour.command("complaints generate --complaints 200 --output events.jsonl");
    tour.command("complaints import --input events.jsonl --db complaints-db");
    tour.command(
        "complaints sla --db complaints-db"
            + " --policy examples/src/main/resources/examples/sla-policy-office.json"
            + " --calendar examples/src/main/resources/examples/sla-calendar-shanghai.json"
            + " --now 2026-03-02T10:00:00+08:00 --within P2D");
  }

  private static void clocks(Tour tour, ComplaintClocks clocks) {
    List<List<String>> rows =
        tour.rows("target", "目标", "status", "状态", "due", "到期", "remaining", "剩余");
    for (ClockStatus c : clocks.clocks()) {
      rows.add(
          List.of(
              io.github.cx4j.examples.tour.TourWords.clockName(tour, c.target()),
              tour.chinese()
                  ? io.github.cx4j.examples.tour.TourWords.event(tour, c.status().name())
                  : c.status().name(),
              c.due().map(TourClock::local).orElse("-"),
              hours(c.remaining())));
    }
    tour.table(rows);
  }
}
