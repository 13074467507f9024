/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.report;

import io.github.cx4j.complaints.kpi.Iceberg;
import io.github.cx4j.complaints.kpi.KpiOptions;
import io.github.cx4j.complaints.workflow.ComplaintReplay;
import io.github.cx4j.complaints.workflow.ReplayIssue;
import io.github.cx4j.complaints.workflow.ReplayResult;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.examples.activity.PurchaseOptions;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.ScaleOption;
import io.github.cx4j.examples.cli.SeparatorOption;
import io.github.cx4j.examples.index.PlsInputs;
import io.github.cx4j.examples.index.PlsSurvey;
import io.github.cx4j.report.complaints.ComplaintCharts;
import io.github.cx4j.report.index.IndexCharts;
import io.github.cx4j.report.segmentation.SegmentationCharts;
import io.github.cx4j.report.survey.SurveyCharts;
import io.github.cx4j.report.value.ClvReport;
import io.github.cx4j.scoring.index.PathModel;
import io.github.cx4j.scoring.index.PlsOptions;
import io.github.cx4j.scoring.survey.CalendarPeriod;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The subcommands of {@code cx4j report}; their files are read by {@link ReportInputs}. */
final class ReportSubcommands {
  private ReportSubcommands() {}

  /** {@code cx4j report clv}: the customer-value report of a purchase file or a summary file. */
  @Command(
      name = "clv",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Customer value: BG/NBD, MBG/NBD and Pareto/NBD fitted in weeks up to the calibration end"
            + " and judged on the holdout; tracking, period transactions, frequency/recency"
            + " matrices, one-year CLV.",
        "Reads purchases like cx4j summarize (--input with its column options and"
            + " --calibration-end: every chart), or a summary file like cx4j clv fit (--summary,"
            + " in weeks, optionally with --fit and clv fit's JSON). From a summary there are no"
            + " tracking plots, no calibration-vs-holdout chart and no holdout evaluation: those"
            + " need each purchase's date.",
        "Example (summary): cx4j summarize ... --end 1997-09-30 --unit weeks -o summary.csv;"
            + " cx4j clv fit --summary summary.csv --model bgnbd -o fit.json;"
            + " cx4j report clv --summary summary.csv --fit fit.json -o clv.html"
      })
  static final class Clv implements Callable<Integer> {
    /** The purchase options that are required only when the purchases are the input. */
    private static final List<String> PURCHASE_REQUIRED =
        List.of("--input", "--customer-column", "--date-column", "--amount-column");

    @Mixin PurchaseOptions purchases = new PurchaseOptions();

    @Option(
        names = "--summary",
        paramLabel = "FILE",
        description =
            "Instead of --input: customer summaries as cx4j summarize --unit weeks writes them and"
                + " cx4j clv fit reads them (the file layout options apply to it).")
    Optional<Path> summary = Optional.empty();

    @Option(
        names = "--fit",
        paramLabel = "FILE",
        description =
            "With --summary: the JSON of cx4j clv fit (a BG/NBD, MBG/NBD or Pareto/NBD fit on"
                + " that summary), drawn instead of fitting the three models here.")
    Optional<Path> fit = Optional.empty();

    @Option(
        names = "--frequency-column",
        defaultValue = "frequency",
        description = "With --summary: repeat purchases x (default: ${DEFAULT-VALUE}).")
    String frequencyColumn = "frequency";

    @Option(
        names = "--recency-column",
        defaultValue = "recency",
        description = "With --summary: recency t_x in weeks (default: ${DEFAULT-VALUE}).")
    String recencyColumn = "recency";

    @Option(
        names = "--t-column",
        defaultValue = "T",
        description = "With --summary: age T in weeks (default: ${DEFAULT-VALUE}).")
    String tColumn = "T";

    @Option(
        names = "--monetary-column",
        description =
            "With --summary: mean repeat value, for the CLV charts (default: a column named"
                + " monetary, if there is one).")
    Optional<String> monetaryColumn = Optional.empty();

    @Option(
        names = "--calibration-end",
        paramLabel = "DATE",
        description =
            "With --input (required there): last day of the calibration period, yyyy-MM-dd.")
    @Nullable String calibrationEnd;

    @Option(
        names = "--holdout-end",
        paramLabel = "DATE",
        description =
            "With --input: last day of the holdout period (default: the last purchase day).")
    @Nullable String holdoutEnd;

    @Option(
        names = "--model",
        paramLabel = "bgnbd|mbgnbd|paretonbd",
        description =
            "The model of the charts (default: bgnbd, or the model of --fit); the table shows all.")
    @Nullable String model;

    @Mixin PageOptions page = new PageOptions();

    CommandLine.Model.@Nullable CommandSpec spec;

    /**
     * Takes the spec and makes the purchase options optional, so that {@code --summary} can stand
     * in for them; {@link #call()} then names what is missing for the input given.
     */
    @CommandLine.Spec
    void spec(CommandLine.Model.CommandSpec commandSpec) {
      this.spec = commandSpec;
      for (CommandLine.Model.OptionSpec o : new ArrayList<>(commandSpec.options())) {
        if (o.required() && PURCHASE_REQUIRED.contains(o.longestName())) {
          commandSpec.remove(o);
          commandSpec.addOption(o.toBuilder().required(false).build());
        }
      }
    }

    @Override
    public Integer call() {
      CommandLine cli = spec == null ? new CommandLine(this) : spec.commandLine();
      if (summary.isPresent()) {
        return fromSummary(summary.get(), cli);
      }
      if (!purchases.hasInput()) {
        throw new CliException(
            "report clv needs --input (purchases, every chart) or --summary (customer summaries)");
      }
      if (fit.isPresent()) {
        throw new CliException(
            "--fit goes with --summary (a fit on the summaries); with --input the models are"
                + " fitted on the calibration period");
      }
      if (calibrationEnd == null) {
        throw new CliException("--calibration-end is required with --input");
      }
      LocalDate cal = ReportInputs.date("--calibration-end", calibrationEnd);
      ValueModelKind kind = modelKind(model == null ? "bgnbd" : model);
      TransactionLog log = purchases.read(cli.getErr());
      LocalDate end =
          holdoutEnd == null ? log.lastDate() : ReportInputs.date("--holdout-end", holdoutEnd);
      if (!end.isAfter(cal)) {
        throw new CliException(
            "--holdout-end must be after --calibration-end " + cal + ", was " + end);
      }
      return page.write(
          ClvReport.build(
              log, cal, end, kind, purchases.input().getFileName().toString(), page.text()),
          cli.getOut());
    }

    private int fromSummary(Path file, CommandLine cli) {
      if (purchases.hasInput()) {
        throw new CliException("give --input (purchases) or --summary (summaries), not both");
      }
      if (calibrationEnd != null || holdoutEnd != null) {
        throw new CliException(
            "--calibration-end and --holdout-end go with --input: a summary has no purchase dates"
                + " to split, so the tracking plots, the calibration-vs-holdout chart and the"
                + " holdout evaluation cannot be drawn from it");
      }
      List<ValueFit> fits = fit.map(f -> List.of(ReportInputs.fit(f))).orElse(List.of());
      ValueModelKind kind;
      if (fits.isEmpty()) {
        kind = modelKind(model == null ? "bgnbd" : model);
      } else {
        kind = fits.get(0).model();
        if (model != null && modelKind(model) != kind) {
          throw new CliException(
              "--model "
                  + model
                  + " differs from the model of --fit "
                  + fit.get()
                  + ": "
                  + kind.id());
        }
      }
      SummaryColumns s =
          SummaryColumns.read(
              file, purchases.layout(), frequencyColumn, recencyColumn, tColumn, monetaryColumn);
      try {
        return page.write(
            ClvReport.fromSummaries(
                s.frequency,
                s.recency,
                s.age,
                s.monetary,
                fits,
                kind,
                file.getFileName().toString(),
                page.text()),
            cli.getOut());
      } catch (CxValidationException e) {
        throw new CliException(fit.orElse(file) + ": " + e.getMessage(), e);
      }
    }

    static ValueModelKind modelKind(String text) {
      switch (text.strip().toLowerCase(Locale.ROOT)) {
        case "bgnbd":
          return ValueModelKind.BGNBD;
        case "mbgnbd":
          return ValueModelKind.MBGNBD;
        case "paretonbd":
          return ValueModelKind.PARETONBD;
        default:
          throw new CliException(
              "--model must be bgnbd, mbgnbd or paretonbd, was \"" + text + "\"");
      }
    }
  }

  /** {@code cx4j report rfm}: the segmentation report of a purchase file. */
  @Command(
      name = "rfm",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description =
          "Segmentation: R x F grid of counts and mean monetary value, segment shares, the Pareto"
              + " curve with ABC cut points and the customer pyramid. Reads purchases like cx4j rfm.")
  static final class Rfm implements Callable<Integer> {
    @Mixin PurchaseOptions purchases = new PurchaseOptions();

    @Option(
        names = "--analysis-date",
        required = true,
        paramLabel = "DATE",
        description = "Analysis date, yyyy-MM-dd: recency is counted to it.")
    String analysisDate = "";

    @Option(
        names = "--bins",
        defaultValue = "5",
        description = "Score levels per dimension, 2..9 (default: ${DEFAULT-VALUE}).")
    int bins = 5;

    @Option(
        names = "--monetary",
        defaultValue = "total",
        paramLabel = "total|mean",
        description = "Monetary value: total or mean purchase value (default: ${DEFAULT-VALUE}).")
    String monetary = "total";

    @Option(
        names = "--rules",
        defaultValue = "rfm",
        paramLabel = "rfm|rfm-legacy|RULES.json",
        description = "Segment rules, as for cx4j rfm (default: ${DEFAULT-VALUE}).")
    String rules = "rfm";

    @Mixin PageOptions page = new PageOptions();

    @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public Integer call() {
      CommandLine cli = spec == null ? new CommandLine(this) : spec.commandLine();
      LocalDate date = ReportInputs.date("--analysis-date", analysisDate);
      if (bins < 2 || bins > 9) {
        throw new CliException("--bins must be within 2..9, was " + bins);
      }
      boolean mean;
      switch (monetary.strip().toLowerCase(Locale.ROOT)) {
        case "total" -> mean = false;
        case "mean" -> mean = true;
        default ->
            throw new CliException("--monetary must be total or mean, was \"" + monetary + "\"");
      }
      var segmentation = ReportInputs.rules(rules);
      TransactionLog log = purchases.read(cli.getErr());
      RfmSummaries s = ActivitySummaries.rfm(log, SummarySpec.of(date, SummarySpec.DAYS));
      if (s.size() == 0) {
        throw new CliException(
            purchases.input() + ": no purchases on or before the analysis date " + date);
      }
      return page.write(
          SegmentationCharts.report(
              s, bins, mean, segmentation, purchases.input().getFileName().toString(), page.text()),
          cli.getOut());
    }
  }

  /** {@code cx4j report survey}: NPS, CSAT, IPA, key drivers and Kano of a survey file. */
  @Command(
      name = "survey",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Surveys: NPS and CSAT by period and by group with intervals, the IPA grid, key-driver"
            + " weights and the Kano chart, from one CSV file (and a Kano file).",
        "Example (bundled data): cx4j report survey --input survey.csv --recommend-column recommend"
            + " --csat-column csat --by region --date-column answered_at --period month"
            + " --attributes speed,staff,price,app,store --overall-column overall"
            + " --kano-input survey-kano.csv -o survey.html"
      })
  static final class Survey implements Callable<Integer> {
    @Option(
        names = "--input",
        required = true,
        description = "Delimited survey file with a header.")
    Path input = Path.of("");

    @Mixin SeparatorOption separator = new SeparatorOption();

    @Option(names = "--recommend-column", description = "The 0-10 likelihood-to-recommend column.")
    Optional<String> recommend = Optional.empty();

    @Option(names = "--csat-column", description = "The satisfaction rating column.")
    Optional<String> csat = Optional.empty();

    @Option(
        names = "--csat-scale",
        defaultValue = "1..5",
        description = "Scale of the CSAT column, MIN..MAX (default: ${DEFAULT-VALUE}).")
    String csatScale = "1..5";

    @Option(
        names = "--top-boxes",
        defaultValue = "2",
        description = "Top boxes that count as satisfied (default: ${DEFAULT-VALUE}).")
    int topBoxes = 2;

    @Option(names = "--by", description = "Group by this column.")
    Optional<String> by = Optional.empty();

    @Option(names = "--date-column", description = "The ISO-8601 date/time column for --period.")
    Optional<String> dateColumn = Optional.empty();

    @Option(
        names = "--period",
        defaultValue = "month",
        description =
            "Calendar period of the period charts: week, month or quarter (default: month).")
    String period = "month";

    @Option(names = "--zone", defaultValue = "UTC", description = "Time zone of the periods.")
    String zone = "UTC";

    @Option(
        names = "--attributes",
        split = ",",
        description = "Attribute rating columns (1-10), comma-separated: IPA and key drivers.")
    List<String> attributes = new ArrayList<>();

    @Option(
        names = "--importance-prefix",
        defaultValue = "importance_",
        description = "Prefix of the stated-importance columns (default: ${DEFAULT-VALUE}).")
    String importancePrefix = "importance_";

    @Option(names = "--overall-column", description = "Overall satisfaction: the drivers' outcome.")
    Optional<String> overall = Optional.empty();

    @Option(
        names = "--kano-input",
        description = "Kano answers: CSV with feature, functional, dysfunctional (1-5).")
    Optional<Path> kano = Optional.empty();

    @Mixin PageOptions page = new PageOptions();

    @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public Integer call() {
      CommandLine cli = spec == null ? new CommandLine(this) : spec.commandLine();
      CalendarPeriod calendar;
      try {
        calendar = CalendarPeriod.valueOf(period.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CliException(
            "--period must be week, month or quarter, was \"" + period + "\"", e);
      }
      ZoneId zoneId;
      try {
        zoneId = ZoneId.of(zone);
      } catch (java.time.DateTimeException e) {
        throw new CliException(
            "--zone must be a time zone such as UTC or Asia/Shanghai, was \"" + zone + "\"", e);
      }
      RatingScale scale = ScaleOption.parse("--csat-scale", csatScale, "1..5");
      ReportInputs.SurveySpec s =
          new ReportInputs.SurveySpec(
              input,
              separator.value(),
              recommend,
              csat,
              scale,
              topBoxes,
              by,
              dateColumn,
              zoneId,
              attributes.stream().map(String::strip).toList(),
              importancePrefix,
              overall,
              kano);
      return page.write(
          SurveyCharts.report(
              ReportInputs.survey(s),
              calendar,
              zoneId,
              input.getFileName().toString(),
              page.text()),
          cli.getOut());
    }
  }

  /** {@code cx4j report pls}: the satisfaction-index report of a survey. */
  @Command(
      name = "pls",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description =
          "Satisfaction index: the PLS path diagram with coefficients, R² and 0-100 indices, and"
              + " the importance-performance map of a target. Reads surveys like cx4j pls.")
  static final class Pls implements Callable<Integer> {
    @Mixin PlsSurvey survey = new PlsSurvey();

    @Option(
        names = "--target",
        defaultValue = "SAT",
        description = "Target construct of the IPMA (default: ${DEFAULT-VALUE}).")
    String target = "SAT";

    @Mixin PageOptions page = new PageOptions();

    @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public Integer call() {
      CommandLine cli = spec == null ? new CommandLine(this) : spec.commandLine();
      PathModel pathModel = survey.model();
      if (pathModel.constructs().stream().noneMatch(c -> c.name().equals(target))) {
        throw new CliException("--target must be a construct of the model, was \"" + target + "\"");
      }
      return page.write(
          IndexCharts.report(
              pathModel,
              PlsInputs.indicators(
                  survey.input(), survey.separator(), survey.modelName(), pathModel),
              PlsOptions.builder().build(),
              target,
              survey.input().getFileName().toString(),
              page.text()),
          cli.getOut());
    }
  }

  /** {@code cx4j report complaints}: the complaints report of an event file. */
  @Command(
      name = "complaints",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description =
          "Complaints: KPI tiles, time to acknowledge and resolve, SLA breaches by week, reopen"
              + " and escalation rates by category, the iceberg. Reads events like cx4j complaints kpi.")
  static final class Complaints implements Callable<Integer> {
    @Option(names = "--input", required = true, description = "The events, one JSON object a line.")
    Path input = Path.of("");

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
        description =
            "Share of dissatisfied customers who complain, for the iceberg (default 4%%).")
    double complaintRate = Iceberg.DEFAULT_COMPLAINT_RATE;

    @Option(
        names = "--acknowledge-hours",
        defaultValue = "24",
        description = "Acknowledgement target of the SLA chart, hours (default: ${DEFAULT-VALUE}).")
    long acknowledgeHours = 24;

    @Option(
        names = "--resolve-hours",
        defaultValue = "168",
        description = "Resolution target of the SLA chart, hours (default: ${DEFAULT-VALUE}).")
    long resolveHours = 168;

    @Mixin PageOptions page = new PageOptions();

    @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public Integer call() {
      CommandLine cli = spec == null ? new CommandLine(this) : spec.commandLine();
      if (acknowledgeHours <= 0 || resolveHours <= 0) {
        throw new CliException("--acknowledge-hours and --resolve-hours must be positive");
      }
      KpiOptions options = KpiOptions.defaults().withRepeatWindowDays(repeatWindowDays);
      if (customers.isPresent()) {
        options = options.withCustomers(customers.get());
      }
      PrintWriter err = cli.getErr();
      ReplayResult lines;
      try {
        lines = ComplaintReplay.ofJsonLines(input);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new CliException(input + ": no such file", e);
      } catch (java.io.IOException e) {
        throw new CliException(input + ": cannot read: " + e.getMessage(), e);
      }
      // each skipped event by file and line, as cx4j complaints kpi reports them
      for (ReplayIssue issue : lines.issues()) {
        err.println(issue);
      }
      err.flush();
      if (lines.complete().isEmpty()) {
        throw new CliException(input + ": no complaint events");
      }
      int code =
          page.write(
              ComplaintCharts.report(
                  lines.complete(),
                  options,
                  complaintRate,
                  Duration.ofHours(acknowledgeHours),
                  Duration.ofHours(resolveHours),
                  input.getFileName().toString(),
                  page.text()),
              cli.getOut());
      if (lines.hasProblems()) {
        err.println("read " + input + problems(lines));
        err.flush();
        return 2;
      }
      return code;
    }

    /** ", skipped 2 bad events, 1 incomplete complaint(s)": the words of cx4j complaints kpi. */
    private static String problems(ReplayResult r) {
      long corrupt = r.issues().stream().filter(i -> i.kind() == ReplayIssue.Kind.CORRUPT).count();
      StringBuilder b = new StringBuilder();
      if (corrupt > 0) {
        b.append(", skipped ").append(corrupt).append(" bad events");
      }
      if (r.incomplete() > 0) {
        b.append(", left out ").append(r.incomplete()).append(" incomplete complaint(s)");
      }
      return b.toString();
    }
  }
}
