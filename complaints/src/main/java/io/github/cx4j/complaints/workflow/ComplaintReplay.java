/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A tolerant replay of complaint event streams: the one validation that {@code cx4j complaints
 * replay}, {@code kpi} and {@code sla} share, for a JSON-lines file or an {@link EventStore}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Each complaint's events are ordered by version, whatever order they were read in.
 *   <li>An event id read twice with the same content is a retry: the repeat is dropped with a note
 *       ({@link ReplayIssue.Kind#RETRY_DROPPED}). The same id with other content is corrupt: the
 *       later one is skipped and reported.
 *   <li>An event that cannot be read, claims a version another event holds, is timed before the
 *       event it follows, or breaks a rule of the fold (a first event that is not {@code received},
 *       a foreign complaint id) is corrupt and reported ({@link ReplayIssue.Kind#CORRUPT}) with its
 *       source, complaint id and version.
 *   <li>A complaint's stream is applied up to the first missing or corrupt version; if anything was
 *       read beyond it, the complaint is {@linkplain ReplayedComplaint#incomplete() incomplete} and
 *       one {@link ReplayIssue.Kind#CUT} issue says how many events were not applied. Its state is
 *       the state at the last applied version, never presented as final.
 *   <li>Nothing else is lost: other complaints, and the events before the cut, are replayed.
 * </ul>
 *
 * <p>Each complaint's state is built once, after its last event (through the same mutable fold as
 * {@link ComplaintWorkflow#replay}), never once per event. Not thread-safe: one replay per thread.
 */
public final class ComplaintReplay {
  private final Map<String, List<Entry>> byComplaint = new LinkedHashMap<>();
  private final EntriesById byId = new EntriesById();
  private @Nullable String lastComplaint;
  private @Nullable List<Entry> lastEntries;
  private final List<ReplayIssue> issues = new ArrayList<>();
  private final Map<String, java.util.TreeSet<Long>> unreadableVersions = new HashMap<>();

  /** Where the first unreadable row of a complaint was read: the source of a cut stream. */
  private final Map<String, String> firstUnreadable = new HashMap<>();

  /** Versions whose event was refused when added (an event id reused for other content). */
  private final Map<String, java.util.TreeSet<Long>> refusedVersions = new HashMap<>();

  private long read;

  /** An event and where it was read: {@code where} followed by {@code number} unless negative. */
  private record Entry(String where, long number, ComplaintEvent event) {
    String source() {
      return number < 0 ? where : where + number;
    }
  }

  private ComplaintReplay() {}

  /**
   * An empty replay; feed it with {@link #add} and {@link #unreadable}, then call {@link
   * #result()}.
   *
   * @return the replay
   */
  public static ComplaintReplay create() {
    return new ComplaintReplay();
  }

  /**
   * Replays a JSON-lines file of events (one {@link ComplaintEvent} a line, blank lines ignored, a
   * leading byte-order mark allowed). Sources are {@code <file>:<line>}.
   *
   * @param file the file
   * @return the result
   * @throws IOException if the file cannot be read
   */
  public static ReplayResult ofJsonLines(Path file) throws IOException {
    ComplaintReplay replay = create();
    ObjectMapper json = CxJson.mapper();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          replay.addJson(file + ":" + number, line, json);
        }
      }
    }
    return replay.result();
  }

  /**
   * Replays every event of a store, in position order. Sources are {@code position <n>}.
   *
   * @param store the store
   * @return the result
   * @throws EventStoreException if the store fails
   */
  public static ReplayResult ofStore(EventStore store) {
    ComplaintReplay replay = create();
    store.readAll(
        0,
        new StoredEventVisitor() {
          @Override
          public void event(long position, ComplaintEvent event) {
            replay.add("position ", position, event);
          }

          @Override
          public void unreadable(long position, String complaintId, long version, String problem) {
            replay.unreadable("position " + position, complaintId, version, problem);
          }
        });
    return replay.result();
  }

  /**
   * Reads one JSON text as an event and adds it, or reports it as unreadable with the complaint id
   * and version it names (if it names them).
   *
   * @param source where it was read
   * @param text the JSON of one event
   * @param json the mapper, {@link CxJson#mapper()}
   */
  public void addJson(String source, String text, ObjectMapper json) {
    JsonNode tree;
    try {
      tree = json.readTree(text);
    } catch (JsonProcessingException e) {
      unreadable(source, "", 0, notJson(e));
      return;
    }
    if (!tree.isObject()) {
      unreadable(source, "", 0, notAnObject(tree));
      return;
    }
    try {
      add(source, json.treeToValue(tree, ComplaintEvent.class));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String id = tree.path("complaintId").isTextual() ? tree.path("complaintId").asText() : "";
      long version = tree.path("version").canConvertToLong() ? tree.path("version").asLong() : 0;
      unreadable(source, id, version, problem(e, tree));
    }
  }

  /**
   * Why a stored or written text is not a valid event, in the words of the event format and in the
   * form {@code cx4j complaints replay} reports for a line of a file: {@code not JSON: ...} with
   * the character where the text breaks, {@code unknown event type "..."}, {@code unknown field
   * "..." in a "..." event}, {@code field "...": expected ..., was ...} with the value found, or
   * the rule a value breaks. Jackson's own wording, which names Java classes, is not used.
   *
   * @param text the JSON of one event
   * @param json the mapper, {@link CxJson#mapper()}
   * @return what is wrong, or empty if the text is a valid event
   */
  public static java.util.Optional<String> problemOf(String text, ObjectMapper json) {
    JsonNode tree;
    try {
      tree = json.readTree(text);
    } catch (JsonProcessingException e) {
      return java.util.Optional.of(notJson(e));
    }
    if (tree == null || !tree.isObject()) {
      return java.util.Optional.of(notAnObject(tree));
    }
    try {
      json.treeToValue(tree, ComplaintEvent.class);
      return java.util.Optional.empty();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return java.util.Optional.of(problem(e, tree));
    }
  }

  private static String notAnObject(@Nullable JsonNode tree) {
    if (tree == null || tree.isMissingNode()) {
      return "not JSON: the text is empty";
    }
    return "not an event: expected a JSON object, was " + abbreviate(tree.toString());
  }

  private static final java.util.regex.Pattern UNEXPECTED_CHARACTER =
      java.util.regex.Pattern.compile("Unexpected character \\('(.+)' \\(code (\\d+)\\)\\).*");
  private static final java.util.regex.Pattern UNRECOGNIZED_TOKEN =
      java.util.regex.Pattern.compile("Unrecognized token '(.*)': .*");
  private static final java.util.regex.Pattern CONTROL_CHARACTER =
      java.util.regex.Pattern.compile(
          "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");

  /**
   * A text that is not JSON: where it breaks (the character, counted from 1) and what was found
   * there.
   */
  private static String notJson(JsonProcessingException e) {
    com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
    long character = at == null ? -1 : at.getColumnNr();
    String where = character > 0 ? " at character " + character : "";
    if (at != null && at.getLineNr() > 1) {
      where = " at line " + at.getLineNr() + ", character " + character;
    }
    String original = firstLine(e.getOriginalMessage());
    if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
      return "not JSON: the text ends"
          + (character > 0 ? " after " + (character - 1) + " characters" : "")
          + " before the event is complete";
    }
    java.util.regex.Matcher m = UNEXPECTED_CHARACTER.matcher(original);
    if (m.matches()) {
      int code = Integer.parseInt(m.group(2));
      return "not JSON: unexpected "
          + (code < 0x20
              ? String.format(java.util.Locale.ROOT, "control character U+%04X", code)
              : "character '" + m.group(1) + "'")
          + where;
    }
    m = UNRECOGNIZED_TOKEN.matcher(original);
    if (m.matches()) {
      return "not JSON: unexpected text '" + abbreviate(m.group(1)) + "'" + where;
    }
    m = CONTROL_CHARACTER.matcher(original);
    if (m.matches()) {
      return String.format(
          java.util.Locale.ROOT,
          "not JSON: control character U+%04X inside a text%s (it must be escaped)",
          Integer.parseInt(m.group(1)),
          where);
    }
    return "not JSON" + where + ": " + original;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /**
   * What is wrong with an event that did not bind, in the terms of the event format: an unknown
   * field or type by name, a broken rule by its validation message (Jackson's own wording names
   * Java classes).
   */
  private static String problem(Exception e, JsonNode tree) {
    String type = tree.path("type").asText("");
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
      return "unknown field \"" + u.getPropertyName() + "\" in an \"" + type + "\" event";
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.InvalidTypeIdException t) {
      String id = t.getTypeId();
      return id == null || id.isEmpty()
          ? "no event type (a \"type\" field)"
          : "unknown event type \"" + id + "\"";
    }
    Throwable t = e;
    while (t.getCause() != null && !(t instanceof CxValidationException)) {
      t = t.getCause();
    }
    if (t instanceof CxValidationException) {
      return firstLine(t.getMessage());
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        && !m.getPath().isEmpty()) {
      StringBuilder pointer = new StringBuilder();
      StringBuilder field = new StringBuilder();
      for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
        String name = r.getFieldName();
        if (name != null) {
          pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
          field.append(field.length() == 0 ? "" : ".").append(name);
        } else if (r.getIndex() >= 0) {
          pointer.append('/').append(r.getIndex());
          field.append('[').append(r.getIndex()).append(']');
        }
      }
      JsonNode value = tree.at(pointer.toString());
      String expected = expected(m.getTargetType());
      return value.isMissingNode() || value.isNull()
          ? "field \"" + field + "\" is missing (expected " + expected + ")"
          : "field \"" + field + "\": expected " + expected + ", was " + value;
    }
    if (e instanceof JsonProcessingException) {
      return "not a valid \"" + type + "\" event";
    }
    return firstLine(e.getMessage());
  }

  /** What a field of this Java type holds, in the words of the JSON format. */
  private static String expected(@Nullable Class<?> target) {
    if (target == null) {
      return "a valid value";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
      return "an ISO-8601 time such as 2026-01-02T17:35:30Z";
    }
    if (target == int.class
        || target == long.class
        || target == Integer.class
        || target == Long.class
        || target == short.class) {
      return "an integer";
    }
    if (target == double.class || Number.class.isAssignableFrom(target)) {
      return "a number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    if (target.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object c : target.getEnumConstants()) {
        names.add(c.toString());
      }
      return "one of " + names;
    }
    if (target == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "a list";
    }
    return "an object of the event format";
  }

  private static String firstLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "invalid event";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /**
   * Adds one event.
   *
   * @param source where it was read
   * @param event the event
   */
  public void add(String source, ComplaintEvent event) {
    add(source, -1, event);
  }

  private void add(String where, long number, ComplaintEvent event) {
    read++;
    Entry entry = new Entry(where, number, event);
    Entry earlier = byId.putIfAbsent(event.id(), entry);
    if (earlier != null) {
      if (earlier.event().equals(event)) {
        issues.add(
            issue(
                ReplayIssue.Kind.RETRY_DROPPED,
                entry,
                "event " + event.id() + " repeats " + earlier.source() + " exactly; dropped"));
      } else {
        issues.add(
            issue(
                ReplayIssue.Kind.CORRUPT,
                entry,
                "event id "
                    + event.id()
                    + " was used at "
                    + earlier.source()
                    + " for other content"));
        refusedVersions
            .computeIfAbsent(event.complaintId().value(), k -> new java.util.TreeSet<>())
            .add(event.version());
      }
      return;
    }
    String complaint = event.complaintId().value();
    List<Entry> entries = lastEntries;
    if (entries == null || !complaint.equals(lastComplaint)) {
      // a store's events of one complaint often come together: look the list up once for them
      entries = byComplaint.computeIfAbsent(complaint, k -> new ArrayList<>());
      lastComplaint = complaint;
      lastEntries = entries;
    }
    entries.add(entry);
  }

  /**
   * The first entry of each event id: an open-addressing table of the ids' two longs, which a
   * replay of a million events fills without a map node or a boxed key per event.
   */
  private static final class EntriesById {
    private long[] keys = new long[2 * 1024];
    private @Nullable Entry[] values = new Entry[1024];
    private int size;

    /** The entry stored for this id, or null after storing the given one. */
    @Nullable Entry putIfAbsent(UUID id, Entry entry) {
      long msb = id.getMostSignificantBits();
      long lsb = id.getLeastSignificantBits();
      int mask = values.length - 1;
      for (int i = slot(msb, lsb, mask); ; i = (i + 1) & mask) {
        long m = keys[2 * i];
        long l = keys[2 * i + 1];
        // a free slot has the keys 0, 0: only then (or for the id 0, 0) is the entry read, so a
        // probe of the common case touches one array
        Entry e = (m == 0 && l == 0) || (m == msb && l == lsb) ? values[i] : null;
        if (e == null && m == 0 && l == 0) {
          keys[2 * i] = msb;
          keys[2 * i + 1] = lsb;
          values[i] = entry;
          if (++size > values.length / 2) {
            grow();
          }
          return null;
        }
        if (e != null && m == msb && l == lsb) {
          return e;
        }
      }
    }

    private static int slot(long msb, long lsb, int mask) {
      long h = (msb ^ Long.rotateLeft(lsb, 32)) * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 32) & mask;
    }

    private void grow() {
      long[] oldKeys = keys;
      Entry[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new Entry[oldValues.length * 2];
      int mask = values.length - 1;
      for (int j = 0; j < oldValues.length; j++) {
        Entry e = oldValues[j];
        if (e != null) {
          long msb = oldKeys[2 * j];
          long lsb = oldKeys[2 * j + 1];
          int i = slot(msb, lsb, mask);
          while (values[i] != null) {
            i = (i + 1) & mask;
          }
          keys[2 * i] = msb;
          keys[2 * i + 1] = lsb;
          values[i] = e;
        }
      }
    }
  }

  /**
   * Reports a line or row that is not a valid event.
   *
   * @param source where it was read
   * @param complaintId the complaint it names, or empty
   * @param version the version it names, or 0
   * @param problem what is wrong
   */
  public void unreadable(String source, String complaintId, long version, String problem) {
    read++;
    issues.add(new ReplayIssue(ReplayIssue.Kind.CORRUPT, source, complaintId, version, problem));
    if (!complaintId.isEmpty()) {
      byComplaint.computeIfAbsent(complaintId, k -> new ArrayList<>());
      firstUnreadable.putIfAbsent(complaintId, source);
      if (version > 0) {
        unreadableVersions
            .computeIfAbsent(complaintId, k -> new java.util.TreeSet<>())
            .add(version);
      }
    }
  }

  private static ReplayIssue issue(ReplayIssue.Kind kind, Entry e, String message) {
    return new ReplayIssue(
        kind, e.source(), e.event().complaintId().value(), e.event().version(), message);
  }

  /**
   * Orders, checks and folds what was added.
   *
   * @return the complaints in order of first appearance, the issues, and counts
   */
  public ReplayResult result() {
    List<ReplayedComplaint> complaints = new ArrayList<>();
    long applied = 0;
    List<ReplayIssue> found = new ArrayList<>(issues);
    for (Map.Entry<String, List<Entry>> stream : byComplaint.entrySet()) {
      List<Entry> entries = stream.getValue();
      sortByVersion(entries);
      ComplaintFold fold = null;
      Entry last = null;
      int i = 0;
      String cut = null;
      java.util.TreeSet<Long> unreadableHere =
          unreadableVersions.getOrDefault(stream.getKey(), new java.util.TreeSet<>());
      java.util.TreeSet<Long> refusedHere =
          refusedVersions.getOrDefault(stream.getKey(), new java.util.TreeSet<>());
      for (; i < entries.size(); i++) {
        Entry e = entries.get(i);
        long expected = fold == null ? 1 : fold.version() + 1;
        ComplaintEvent event = e.event();
        if (i + 1 < entries.size() && entries.get(i + 1).event().version() == event.version()) {
          long v = event.version();
          while (i < entries.size() && entries.get(i).event().version() == v) {
            found.add(
                issue(
                    ReplayIssue.Kind.CORRUPT,
                    entries.get(i),
                    "another event with another id claims version " + v));
            i++;
          }
          cut = "version " + v + " is claimed by more than one event";
          break;
        }
        if (event.version() != expected) {
          cut =
              unreadableHere.contains(expected)
                  ? "version " + expected + " could not be read"
                  : refusedHere.contains(expected)
                      ? "version " + expected + " is corrupt"
                      : expected == event.version() - 1
                          ? "version " + expected + " is missing"
                          : "versions " + expected + ".." + (event.version() - 1) + " are missing";
          break;
        }
        try {
          if (last != null && event.at().isBefore(last.event().at())) {
            throw CxValidationException.of(
                "ComplaintEvent.at",
                "not be before the previous event at " + last.event().at(),
                event.at());
          }
          if (fold == null) {
            fold = ComplaintFold.start(event);
          } else {
            fold.apply(event);
          }
        } catch (CxValidationException ex) {
          found.add(issue(ReplayIssue.Kind.CORRUPT, e, firstLine(ex.getMessage())));
          cut = "version " + event.version() + " is corrupt";
          i++;
          break;
        }
        last = e;
      }
      long appliedThrough = fold == null ? 0 : fold.version();
      if (cut == null && unreadableHere.higher(appliedThrough) != null) {
        cut = "version " + unreadableHere.higher(appliedThrough) + " could not be read";
      }
      Long refusedLater = refusedHere.higher(appliedThrough);
      if (cut == null && refusedLater != null) {
        cut = "version " + refusedLater + " is corrupt";
      }
      long versions = 0;
      for (int k = 0; k < entries.size(); k++) {
        if (k == 0 || entries.get(k).event().version() != entries.get(k - 1).event().version()) {
          versions++;
        }
      }
      int notApplied = cut != null ? entries.size() - i : 0;
      boolean incomplete = cut != null || versions == 0;
      if (incomplete) {
        found.add(
            new ReplayIssue(
                ReplayIssue.Kind.CUT,
                last != null
                    ? last.source()
                    : entries.isEmpty()
                        ? firstUnreadable.getOrDefault(stream.getKey(), "-")
                        : entries.get(0).source(),
                stream.getKey(),
                fold == null ? 0 : fold.version(),
                (cut != null ? cut : "no readable event")
                    + "; "
                    + (fold == null
                        ? "nothing applied"
                        : "applied through version " + fold.version())
                    + (notApplied > 0 ? ", " + notApplied + " later event(s) not applied" : "")));
      }
      if (fold != null) {
        Complaint state;
        try {
          state = fold.build();
        } catch (CxValidationException ex) {
          found.add(
              new ReplayIssue(
                  ReplayIssue.Kind.CORRUPT,
                  java.util.Objects.requireNonNull(last).source(),
                  stream.getKey(),
                  fold.version(),
                  firstLine(ex.getMessage())));
          continue;
        }
        applied += fold.version();
        List<ComplaintEvent> appliedEvents = new ArrayList<>((int) fold.version());
        for (int k = 0; k < fold.version(); k++) {
          appliedEvents.add(entries.get(k).event());
        }
        complaints.add(new ReplayedComplaint(state, incomplete, versions, appliedEvents));
      }
    }
    return new ReplayResult(complaints, found, read, applied);
  }

  private static void sortByVersion(List<Entry> entries) {
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).event().version() < entries.get(i - 1).event().version()) {
        entries.sort((a, b) -> Long.compare(a.event().version(), b.event().version()));
        return;
      }
    }
  }
}
