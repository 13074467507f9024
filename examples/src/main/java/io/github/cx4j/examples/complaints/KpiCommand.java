/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.complaints.kpi.ComplaintKpis;
import io.github.cx4j.complaints.kpi.DurationStats;
import io.github.cx4j.complaints.kpi.Iceberg;
import io.github.cx4j.complaints.kpi.IcebergEstimate;
import io.github.cx4j.complaints.kpi.KpiOptions;
import io.github.cx4j.complaints.kpi.KpiReport;
import io.github.cx4j.complaints.kpi.Rate;
import io.github.cx4j.complaints.kpi.SlaAttainment;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.sla.SlaMonitor;
import io.github.cx4j.complaints.survey.SurveyFigures;
import io.github.cx4j.complaints.survey.SurveyKpis;
import io.github.cx4j.complaints.timely.Breaches;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.complaints.workflow.ReplayResult;
import io.github.cx4j.complaints.workflow.ReplayedComplaint;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.Money;
import io.github.cx4j.core.concept.ComplaintCause;
import io.github.cx4j.examples.cli.OutputOption;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx4j complaints kpi}: complaint KPIs and the iceberg estimate over an event stream. */
@Command(
    name = "kpi",
    mixinStandardHelpOptions = true,
    description =
        "Complaint KPIs over complaint events (a JSON-lines file or a database; incomplete"
            + " complaints are left out): volume and rate per 1,000 customers,"
            + " first-contact resolution, times (median, p90), reopen, bounce, escalation and"
            + " upheld rates, redress, satisfaction, recurrence by root cause, the iceberg, and with"
            + " --policy and --calendar the SLA attainment per target.")
public final class KpiCommand implements Callable<Integer> {

  @picocli.CommandLine.Mixin ComplaintInput input = new ComplaintInput();

  @picocli.CommandLine.ArgGroup(exclusive = false)
  SlaOptions sla;

  @Option(names = "--customers", description = "The size of the customer base (for the rate).")
  Optional<Long> customers = Optional.empty();

  @Option(
      names = "--repeat-window-days",
      defaultValue = "7",
      description = "A repeat complaint within this many days is not a first-contact resolution.")
  int repeatWindowDays = 7;

  @Option(
      names = "--complaint-rate",
      defaultValue = "0.04",
      description = "Share of dissatisfied customers who complain, for the iceberg (seed: 4%%).")
  double complaintRate = Iceberg.DEFAULT_COMPLAINT_RATE;

  @Option(names = "--json", description = "Print one JSON object instead of a text report.")
  boolean asJson;

  @Mixin OutputOption output = new OutputOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli. */
  public KpiCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    KpiOptions options = KpiOptions.defaults().withRepeatWindowDays(repeatWindowDays);
    if (customers.isPresent()) {
      options = options.withCustomers(customers.get());
    }
    ReplayResult replay = input.read(err);
    KpiReport report = ComplaintKpis.of(replay.complete(), options);
    SurveyFigures survey = SurveyKpis.of(replay.complete());
    Map<String, Map<String, Long>> breaches = new TreeMap<>();
    if (sla != null) {
      SlaMonitor monitor = sla.monitor();
      Instant now = sla.now();
      List<ComplaintClocks> clocks = new ArrayList<>();
      for (ReplayedComplaint c : replay.complaints()) {
        if (!c.incomplete()) {
          clocks.add(sla.clocks(monitor, c, now));
        }
      }
      report = report.withSlaAttainment(SlaAttainment.of(clocks));
      Map<ComplaintId, Complaint> byId = new HashMap<>();
      for (Complaint c : replay.complete()) {
        byId.put(c.id(), c);
      }
      breaches = Breaches.byCategory(byId, clocks);
    }
    KpiReport shown = report;
    Map<String, Map<String, Long>> shownBreaches = breaches;
    IcebergEstimate iceberg =
        Iceberg.estimate(
            report.complaints(),
            complaintRate,
            Iceberg.DEFAULT_TELL_OTHERS_SHARE,
            Iceberg.DEFAULT_LISTENERS_PER_TELLER);
    output.write(
        spec.commandLine().getOut(),
        out -> {
          if (asJson) {
            ObjectMapper json = CxJson.mapper();
            ObjectNode node = json.createObjectNode();
            node.set("kpis", json.valueToTree(shown));
            node.set("iceberg", json.valueToTree(iceberg));
            node.set("survey", json.valueToTree(survey));
            node.set("breachesByCategory", json.valueToTree(shownBreaches));
            node.put("caveat", Iceberg.caveat(Locale.ENGLISH));
            out.println(json.writeValueAsString(node));
          } else {
            for (String line : text(shown, iceberg)) {
              out.println(line);
            }
            for (String line : OperationsLines.lines(survey, shownBreaches)) {
              out.println(line);
            }
          }
        });
    if (replay.incomplete() > 0) {
      err.println(
          "the KPIs leave out " + replay.incomplete() + " incomplete complaint(s) (see above)");
    }
    if (replay.hasProblems()) {
      err.println("read " + input.name() + ComplaintInput.problems(replay));
      err.flush();
      return 2;
    }
    err.flush();
    return 0;
  }

  static List<String> text(KpiReport r, IcebergEstimate iceberg) {
    return text(r, iceberg, Locale.ENGLISH);
  }

  static List<String> text(KpiReport r, IcebergEstimate iceberg, Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    List<String> l = new ArrayList<>();
    l.add(
        f(
            zh
                ? pad("投诉量", 27) + " %d（来自 %d 位客户）"
                : "complaints                  %d (from %d customers)",
            r.complaints(),
            r.distinctCustomers()));
    r.per1000Customers()
        .ifPresent(
            v ->
                l.add(
                    f(zh ? pad("每千名客户投诉", 27) + " %.2f" : "per 1,000 customers         %.2f", v)));
    l.add(
        rate(zh ? "首次接触解决率" : "first-contact resolution", r.firstContactResolution(), zh)
            + f(zh ? "（重复窗口 %d 天）" : "  (repeat window %d days)", r.repeatWindowDays()));
    l.add(time(zh ? "确认用时" : "time to acknowledge", r.timeToAcknowledge(), zh));
    l.add(time(zh ? "首次答复用时" : "time to first response", r.timeToFirstResponse(), zh));
    l.add(time(zh ? "解决用时" : "time to resolution", r.timeToResolution(), zh));
    l.add(rate(zh ? "重开率" : "reopen rate", r.reopenRate(), zh));
    l.add(
        rate(zh ? "退回率" : "bounce rate", r.bounceRate(), zh)
            + f(zh ? "（平均退回 %.2f 次）" : "  (mean %.2f bounces)", r.meanBounces()));
    l.add(rate(zh ? "升级率" : "escalation rate", r.escalationRate(), zh));
    l.add(rate(zh ? "投诉成立率" : "upheld rate", r.upheldRate(), zh));
    for (Map.Entry<String, Money> e : r.redressPaid().entrySet()) {
      l.add(f(zh ? pad("赔付金额", 27) + " %s" : "redress paid                %s", e.getValue()));
    }
    l.add(
        f(
            zh
                ? pad("解决后满意度 (0..1)", 27) + " %.3f  95%% 置信区间 %.3f..%.3f  n=%d"
                : "satisfaction after (0..1)   %.3f  95%% CI %.3f..%.3f  n=%d",
            r.satisfactionAfterResolution().mean(),
            r.satisfactionAfterResolution().interval().low(),
            r.satisfactionAfterResolution().interval().high(),
            r.satisfactionAfterResolution().n()));
    for (ComplaintCause o : ComplaintCause.values()) {
      Map<Recurrence, Long> row = Objects.requireNonNull(r.recurrenceByRootCause().get(o));
      l.add(
          f(
              zh
                  ? "根本原因 %s：偶发 %d，重复 %d，系统性 %d"
                  : "root cause %-16s single %d, recurring %d, systemic %d",
              zh ? o.label(locale) : o.name().toLowerCase(Locale.ROOT),
              row.getOrDefault(Recurrence.SINGLE, 0L),
              row.getOrDefault(Recurrence.RECURRING, 0L),
              row.getOrDefault(Recurrence.SYSTEMIC, 0L)));
    }
    l.add(
        f(
            zh
                ? "冰山：按 %2$.1f%% 的投诉率，%1$d 件投诉约代表 %3$.0f 位不满意的客户（%4$.0f 位沉默）；口碑约传到 %5$.0f 人"
                : "iceberg: %d complaints at a %.1f%% complaint rate stand for about %.0f dissatisfied"
                    + " customers (%.0f silent); word of mouth reaches about %.0f people",
            iceberg.complaints(),
            100 * iceberg.complaintRate(),
            iceberg.dissatisfied(),
            iceberg.silent(),
            iceberg.wordOfMouthReach()));
    for (Map.Entry<String, Rate> e : r.slaAttainment().entrySet()) {
      l.add(rate((zh ? "SLA 达成 " : "SLA met ") + e.getKey(), e.getValue(), zh));
    }
    l.add(Iceberg.caveat(locale));
    return l;
  }

  private static String rate(String name, Rate r, boolean zh) {
    return f(
        zh
            ? "%s %.1f%%（%d / %d，95%% 置信区间 %.1f%%..%.1f%%）"
            : "%s %.1f%%  (%d of %d, 95%% CI %.1f%%..%.1f%%)",
        pad(name, 27),
        100 * r.value(),
        r.count(),
        r.n(),
        100 * r.interval().low(),
        100 * r.interval().high());
  }

  private static String time(String name, DurationStats d, boolean zh) {
    return f(
        zh ? "%s 中位数 %s，90 分位 %s（n=%d）" : "%s median %s, p90 %s  (n=%d)",
        pad(name, 27),
        human(d.median().getSeconds()),
        human(d.p90().getSeconds()),
        d.n());
  }

  /** Pads to a display width, counting CJK characters as two columns. */
  static String pad(String text, int width) {
    int w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += text.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return text + " ".repeat(Math.max(0, width - w));
  }

  static String human(long seconds) {
    if (seconds < 3600) {
      return f("%dm", seconds / 60);
    }
    if (seconds < 86_400) {
      return f("%.1fh", seconds / 3600.0);
    }
    return f("%.1fd", seconds / 86_400.0);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
