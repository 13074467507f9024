/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.report;

import io.github.cx4j.complaints.kpi.ComplaintKpis;
import io.github.cx4j.complaints.kpi.KpiOptions;
import io.github.cx4j.complaints.kpi.SyntheticHistory;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.examples.activity.CdnowSample;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.complaints.WhenThingsGoWrongChapter;
import io.github.cx4j.examples.index.PlsInputs;
import io.github.cx4j.examples.index.SatisfactionIndexChapter;
import io.github.cx4j.examples.segmentation.CustomersChapter;
import io.github.cx4j.examples.survey.SatisfactionChapter;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import io.github.cx4j.examples.tour.TourOutline;
import io.github.cx4j.examples.value.CustomerWorthChapter;
import io.github.cx4j.report.Note;
import io.github.cx4j.report.Report;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.Section;
import io.github.cx4j.report.complaints.ComplaintCharts;
import io.github.cx4j.report.index.IndexCharts;
import io.github.cx4j.report.segmentation.SegmentationCharts;
import io.github.cx4j.report.survey.SurveyCharts;
import io.github.cx4j.report.value.ClvReport;
import io.github.cx4j.scoring.index.PathModel;
import io.github.cx4j.scoring.index.PlsOptions;
import io.github.cx4j.scoring.survey.CalendarPeriod;
import io.github.cx4j.scoring.value.ValueModelKind;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code cx4j tour --report DIR}: the tour's chapters as HTML pages for the classroom, an index,
 * and the five reports on the bundled data (CDNOW purchases, the survey, the ECSI survey, synthetic
 * complaint histories). The page of the chapter a report illustrates carries that report's charts
 * inline, after the chapter's text; each report is also written on its own, for export.
 */
public final class TourPages {
  /** The reports of the tour: file name, and the chapter whose page carries its charts. */
  static final Map<String, Class<? extends TourChapter>> REPORTS =
      Map.of(
          "report-clv.html", CustomerWorthChapter.class,
          "report-rfm.html", CustomersChapter.class,
          "report-survey.html", SatisfactionChapter.class,
          "report-pls.html", SatisfactionIndexChapter.class,
          "report-complaints.html", WhenThingsGoWrongChapter.class);

  private TourPages() {}

  /**
   * The five reports on the bundled data.
   *
   * @param dir where the survey data are copied for the survey and PLS readers
   * @param t the texts
   * @return the reports by file name
   * @throws IOException if a bundled file cannot be copied
   */
  public static Map<String, Report> reports(Path dir, ReportText t) throws IOException {
    Map<String, Report> out = new LinkedHashMap<>();
    out.put("report-clv.html", clv(t));
    TransactionLog log = CdnowSample.load();
    out.put(
        "report-rfm.html",
        SegmentationCharts.report(
            ActivitySummaries.rfm(log, SummarySpec.of(LocalDate.of(1998, 7, 1), SummarySpec.DAYS)),
            5,
            false,
            RfmSegmentation.rfm(),
            "CDNOW_sample.txt, 1997-01-01 .. 1998-06-30",
            t));
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Path survey = copy("/examples/survey.csv", data);
    Path kano = copy("/examples/survey-kano.csv", data);
    Path ecsi = copy("/examples/ecsi-survey.csv", data);
    out.put(
        "report-survey.html",
        SurveyCharts.report(
            ReportInputs.survey(
                new ReportInputs.SurveySpec(
                    survey,
                    ",",
                    Optional.of("recommend"),
                    Optional.of("csat"),
                    RatingScale.ONE_TO_FIVE,
                    2,
                    Optional.of("region"),
                    Optional.of("answered_at"),
                    ZoneId.of("Asia/Shanghai"),
                    List.of("speed", "staff", "price", "app", "store"),
                    "importance_",
                    Optional.of("overall"),
                    Optional.of(kano))),
            CalendarPeriod.MONTH,
            ZoneId.of("Asia/Shanghai"),
            "examples/survey.csv, examples/survey-kano.csv",
            t));
    PathModel model = PathModel.ecsi();
    out.put(
        "report-pls.html",
        IndexCharts.report(
            model,
            PlsInputs.indicators(ecsi, ",", "ecsi", model),
            PlsOptions.builder().build(),
            "SAT",
            "examples/ecsi-survey.csv",
            t));
    out.put(
        "report-complaints.html",
        ComplaintCharts.report(
            ComplaintKpis.replayAll(
                    SyntheticHistory.generate(
                        2_000, 1_500, Instant.parse("2025-01-06T00:00:00Z"), 7))
                .values(),
            KpiOptions.defaults(),
            0.04,
            Duration.ofHours(24),
            Duration.ofDays(7),
            "SyntheticHistory.generate(2000, 1500, 2025-01-06, seed 7)",
            t));
    return out;
  }

  /**
   * The customer-value report of the bundled CDNOW sample: calibration to 1997-09-30, holdout to
   * 1998-06-30, BG/NBD charts.
   *
   * @param t the texts
   * @return the report
   */
  public static Report clv(ReportText t) {
    return ClvReport.build(
        CdnowSample.load(),
        CdnowSample.CALIBRATION_END,
        CdnowSample.DATA_END,
        ValueModelKind.BGNBD,
        "CDNOW_sample.txt: 2,357 customers, 1997-01-01 .. 1998-06-30",
        t);
  }

  private static Path copy(String resource, Path dir) throws IOException {
    Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    try (InputStream in = TourPages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing bundled resource " + resource);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  /**
   * Runs the chapters, each into its own page, and writes the index and the reports.
   *
   * @param dir the folder to write into (created if missing)
   * @param all every chapter, in order (for the chapter numbers)
   * @param selected the chapters to run
   * @param locale the tour's language
   * @param out where the index's path is printed
   * @return 0
   * @throws Exception if a chapter fails
   */
  public static int write(
      Path dir, List<TourChapter> all, List<TourChapter> selected, Locale locale, PrintWriter out)
      throws Exception {
    ReportText t = ReportText.of(locale);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new CliException(dir + ": cannot create the folder: " + e.getMessage(), e);
    }
    Map<String, Report> reports = reports(dir, t);
    TourOutline outline = TourOutline.of(all);
    List<Note.Link> chapterLinks = new ArrayList<>();
    for (int i = 0; i < selected.size(); i++) {
      TourChapter chapter = selected.get(i);
      int number = all.indexOf(chapter) + 1;
      StringWriter text = new StringWriter();
      Tour tour = new Tour(new PrintWriter(text), locale);
      chapter.run(tour);
      List<Note.Link> links = new ArrayList<>();
      links.add(new Note.Link(t.get("tour.index"), "index.html"));
      if (i > 0) {
        links.add(
            new Note.Link(t.get("tour.previous"), page(all.indexOf(selected.get(i - 1)) + 1)));
      }
      if (i + 1 < selected.size()) {
        links.add(new Note.Link(t.get("tour.next"), page(all.indexOf(selected.get(i + 1)) + 1)));
      }
      // The chapter's own pictures: the sections of the reports it illustrates, drawn inline
      // in its page (inline SVG, like every report), and a link to each report on its own.
      List<Section> pictures = new ArrayList<>();
      for (Map.Entry<String, Report> r : reports.entrySet()) {
        if (REPORTS.get(r.getKey()) == chapter.getClass()) {
          links.add(
              new Note.Link(
                  t.get("tour.pictures") + (t.chinese() ? "：" : ": ") + r.getValue().title(),
                  r.getKey()));
          pictures.addAll(r.getValue().sections());
        }
      }
      // numbered as the terminal tour numbers it (第 7 章, 7.3, 附录 A), in the page's script
      String heading = tour.render(outline.heading(chapter, tour));
      List<Section> sections = new ArrayList<>();
      sections.add(new Section("", "", List.of(new Note("chapter", "", text.toString(), links))));
      sections.addAll(pictures);
      new Report(heading, t.get("tour.subtitle"), t, sections)
          .write(dir.resolve(page(number)), false);
      chapterLinks.add(new Note.Link(heading, page(number)));
    }
    List<Note.Link> reportLinks = new ArrayList<>();
    for (Map.Entry<String, Report> r : reports.entrySet()) {
      r.getValue().write(dir.resolve(r.getKey()), false);
      reportLinks.add(new Note.Link(r.getValue().title(), r.getKey()));
    }
    Path index =
        new Report(
                t.get("tour.title"),
                t.get("tour.subtitle"),
                t,
                List.of(
                    new Section(
                        t.get("tour.chapters"),
                        t.get("tour.chaptersText"),
                        List.of(new Note("chapters", "", "", chapterLinks))),
                    new Section(
                        t.get("tour.reports"),
                        t.get("tour.reportsText"),
                        List.of(new Note("reports", "", "", reportLinks)))))
            .write(dir.resolve("index.html"), false);
    out.println(index.toAbsolutePath());
    out.flush();
    return 0;
  }

  static String page(int number) {
    return String.format(Locale.ROOT, "chapter-%02d.html", number);
  }
}
