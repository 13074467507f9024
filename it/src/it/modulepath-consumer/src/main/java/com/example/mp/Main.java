package com.example.mp;

import io.github.cx4j.complaints.jdbc.JdbcEventStore;
import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.io.CategoryColumn;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import io.github.cx4j.io.Table;
import io.github.cx4j.report.Report;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.Section;
import io.github.cx4j.report.survey.SurveyCharts;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsCategory;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.scoring.survey.SurveyResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Uses cx4j from the module path: labels, an NPS, the internals stay closed; a CSV read with
 * cx4j-io, an H2 event store, and an HTML report with Chinese texts.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args)
      throws ClassNotFoundException, NoSuchMethodException, IOException {
    Module scoring = NpsCategory.class.getModule();
    if (!scoring.isNamed() || !scoring.getName().equals("io.github.cx4j.scoring")) {
      throw new IllegalStateException("cx4j-scoring is not a named module: " + scoring);
    }
    String zh = NpsCategory.PROMOTER.label(Locale.CHINESE);
    if (!"\u63a8\u8350\u8005".equals(zh)) {
      throw new IllegalStateException("wrong Chinese label: " + zh);
    }
    NpsResult nps = Nps.of(10, 9, 8, 7, 3);
    System.out.println("module path: " + scoring.getName());
    System.out.println("label: " + NpsCategory.PROMOTER.bilingualLabel().length() + " chars, zh ok");
    System.out.println("label: " + NpsCategory.PROMOTER.label(Locale.ENGLISH));
    System.out.println("NPS: " + nps.nps());
    SurveyResponse response = SurveyResponse.builder().score(9).segment("north").build();
    System.out.println("builder: " + response.score().getAsInt() + " " + response.segment().get());
    if (scoring.isExported("io.github.cx4j.scoring.internal")) {
      throw new IllegalStateException("io.github.cx4j.scoring.internal is exported");
    }
    Class<?> stats = Class.forName("io.github.cx4j.scoring.internal.Stats");
    try {
      stats.getMethod("z", double.class, String.class).invoke(null, 0.95, "level");
      throw new IllegalStateException("io.github.cx4j.scoring.internal.Stats is accessible");
    } catch (IllegalAccessException expected) {
      System.out.println("internal: not accessible (" + expected.getClass().getSimpleName() + ")");
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e);
    }

    Path work = Path.of(args[0]);
    Files.createDirectories(work);
    SortedMap<String, NpsResult> byGroup = readScores(work);
    store(work);
    report(work, byGroup);
  }

  /** A CSV of scores by store, read into columns with cx4j-io. */
  private static SortedMap<String, NpsResult> readScores(Path work) throws IOException {
    Path csv = work.resolve("scores.csv");
    Files.writeString(
        csv,
        "store,score\nnorth,10\nnorth,9\nnorth,3\n\"south, old town\",8\n\"south, old town\",10\n",
        StandardCharsets.UTF_8);
    Table table =
        DelimitedReader.builder()
            .columns(ColumnSpec.category("store"), ColumnSpec.integer("score"))
            .build()
            .read(csv);
    requireNamed(DelimitedReader.class, "io.github.cx4j.io");
    CategoryColumn stores = table.categories("store");
    int[] scores = table.ints("score");
    Map<String, List<Integer>> grouped = new TreeMap<>();
    for (int row = 0; row < table.rows(); row++) {
      grouped.computeIfAbsent(stores.value(row), k -> new ArrayList<>()).add(scores[row]);
    }
    SortedMap<String, NpsResult> byGroup = new TreeMap<>();
    grouped.forEach(
        (store, s) -> byGroup.put(store, Nps.of(s.stream().mapToInt(Integer::intValue).toArray())));
    System.out.println("io: " + table.rows() + " rows, stores " + byGroup.keySet());
    return byGroup;
  }

  /** An H2 file store: append a complaint's first event, read it back, read all from position 0. */
  private static void store(Path work) {
    ComplaintId id = ComplaintId.of("C-1");
    ComplaintEvent received =
        new ComplaintEvent.Received(
            ComplaintEvent.idFor(id, 1),
            id,
            1,
            Instant.parse("2026-03-02T01:30:00Z"),
            CustomerId.of("cust-1"),
            Employee.of("alice", "front-desk"),
            Register.of(
                Channel.PHONE,
                "late delivery",
                "The order came two days late",
                "Ms. Li",
                "li@example.com",
                Severity.MEDIUM),
            Optional.empty());
    Path db = work.resolve("complaints");
    try (JdbcEventStore store = JdbcEventStore.open(db)) {
      requireNamed(JdbcEventStore.class, "io.github.cx4j.complaints.jdbc");
      store.append(id, 0, List.of(received));
      List<ComplaintEvent> loaded = store.load(id);
      if (!loaded.equals(List.of(received))) {
        throw new IllegalStateException("the store gave back " + loaded);
      }
      AtomicLong all = new AtomicLong();
      store.readAll(0, (position, event) -> all.incrementAndGet());
      System.out.println("store: h2 " + Files.exists(work.resolve("complaints.mv.db")) + ", "
          + all.get() + " event");
    }
  }

  /** A Chinese report page with the NPS by store. */
  private static void report(Path work, SortedMap<String, NpsResult> byGroup) throws IOException {
    ReportText t = ReportText.of(Locale.CHINESE);
    requireNamed(ReportText.class, "io.github.cx4j.report");
    Report page =
        new Report(
            "NPS",
            "scores.csv",
            t,
            List.of(new Section("NPS", "", List.of(SurveyCharts.npsByGroup(byGroup, t)))));
    Path html = page.write(work.resolve("nps.html"), false);
    String text = Files.readString(html, StandardCharsets.UTF_8);
    if (!text.contains("<svg") || !text.contains("south, old town") || !text.contains("lang=\"zh")) {
      throw new IllegalStateException("the report lacks its chart or its texts: " + html);
    }
    System.out.println("report: " + html.getFileName() + " " + (text.length() > 1000) + ", zh");
  }

  private static void requireNamed(Class<?> type, String module) {
    if (!module.equals(type.getModule().getName())) {
      throw new IllegalStateException(type + " is not in the named module " + module);
    }
  }
}
