/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.cx4j.complaints.recovery.Remedy;
import io.github.cx4j.complaints.recovery.RemedyKind;
import io.github.cx4j.complaints.workflow.Classification;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Impact;
import io.github.cx4j.complaints.workflow.Priority;
import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.complaints.workflow.RootCause;
import io.github.cx4j.complaints.workflow.SatisfactionPhase;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.SubStatus;
import io.github.cx4j.complaints.workflow.Urgency;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.Money;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.concept.ComplaintCause;
import io.github.cx4j.core.concept.CustomerCue;
import io.github.cx4j.core.concept.CustomerState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fast event decoder reads exactly what {@code CxJson} reads, and fails where it fails. */
class EventDecoderTest {
  private static final ObjectMapper JSON = CxJson.mapper();
  private static final ObjectReader CX = JSON.readerFor(ComplaintEvent.class);
  private static final EventDecoder DECODER = new EventDecoder(CxJson.mapper());
  private static final ComplaintId C = ComplaintId.of("C-7");
  private static final Employee ANN = Employee.of("ann", "desk");
  private static final Employee BO = Employee.of("bo", "quality");
  private static final Instant T = Instant.parse("2026-03-02T01:30:00.123456789Z");

  private static UUID id(long version) {
    return ComplaintEvent.idFor(C, version);
  }

  /** One event of every type (two where an optional or list property is present or not). */
  static List<ComplaintEvent> everyType() {
    return List.of(
        new ComplaintEvent.Received(
            id(1), C, 1, T, CustomerId.of("cust-1"), ANN, Histories.register(), Optional.empty()),
        new ComplaintEvent.Received(
            id(1),
            C,
            1,
            T,
            CustomerId.of("cust-1"),
            ANN,
            Histories.register(),
            Optional.of(ComplaintId.of("C-1"))),
        new ComplaintEvent.Acknowledged(id(2), C, 2, T, ANN),
        new ComplaintEvent.Assessed(
            id(3),
            C,
            3,
            T,
            ANN,
            new Classification(
                "service",
                RootCause.of(ComplaintCause.COMPANY, true, Recurrence.RECURRING),
                Impact.MEDIUM,
                Urgency.HIGH,
                Priority.HIGH)),
        new ComplaintEvent.InvestigatorAssigned(id(4), C, 4, T, ANN, BO),
        new ComplaintEvent.Investigated(id(5), C, 5, T, BO, "the kitchen was closed"),
        new ComplaintEvent.HandoverRequested(id(6), C, 6, T, ANN, BO, "quality"),
        new ComplaintEvent.HandoverDeclined(id(7), C, 7, T, ANN, BO, "not ours"),
        new ComplaintEvent.HandoverAccepted(id(8), C, 8, T, ANN, BO, true),
        new ComplaintEvent.AgentResponded(
            id(9), C, 9, T, BO, "we are sorry \"truly\" \u6211\u4eec"),
        new ComplaintEvent.CustomerReplied(id(10), C, 10, T, "here is the photo\n\ttab"),
        new ComplaintEvent.StatusChanged(
            id(11),
            C,
            11,
            T,
            Optional.of(BO),
            SubStatus.of("awaiting-photo", StatusCategory.PENDING)),
        new ComplaintEvent.StatusChanged(
            id(11), C, 11, T, Optional.empty(), SubStatus.defaultOf(StatusCategory.OPEN)),
        new ComplaintEvent.Solved(id(12), C, 12, T, BO, ClosureOutcome.UPHELD, "refund"),
        new ComplaintEvent.Closed(id(13), C, 13, T, Optional.empty(), ClosureOutcome.RESOLVED),
        new ComplaintEvent.Closed(id(13), C, 13, T, Optional.of(BO), ClosureOutcome.NOT_UPHELD),
        new ComplaintEvent.Reopened(id(14), C, 14, T, Optional.of(BO), "again"),
        new ComplaintEvent.Reopened(id(14), C, 14, T, Optional.empty(), "the customer wrote"),
        new ComplaintEvent.FollowUpLinked(id(15), C, 15, T, BO, ComplaintId.of("C-9"), "new"),
        new ComplaintEvent.Merged(id(16), C, 16, T, ANN, ComplaintId.of("C-0")),
        new ComplaintEvent.RemedyProvided(
            id(17), C, 17, T, BO, Remedy.of(RemedyKind.REFUND, Money.of("38.00", "CNY"), "refund")),
        new ComplaintEvent.RemedyProvided(
            id(17), C, 17, T, BO, Remedy.of(RemedyKind.APOLOGY, "sorry")),
        new ComplaintEvent.SatisfactionRecorded(
            id(18), C, 18, T, SatisfactionPhase.AFTER, 5, RatingScale.ONE_TO_FIVE),
        new ComplaintEvent.Escalated(id(19), C, 19, T, 2, "manual", "manager"),
        new ComplaintEvent.CustomerStateRecognised(
            id(20), C, 20, T, BO, CustomerState.IRATE, List.of(CustomerCue.INTERRUPTS)),
        new ComplaintEvent.CustomerStateRecognised(
            id(20), C, 20, T, BO, CustomerState.COMFORTABLE, List.of()),
        new ComplaintEvent.Routed(id(21), C, 21, T, "billing-zh", BO, "least-open"),
        new ComplaintEvent.ReminderSent(id(22), C, 22, T, "remind-pending", "still waiting"),
        new ComplaintEvent.SplitOff(
            id(23), C, 23, T, ANN, ComplaintId.of("C-2"), List.of(id(5), id(6)), List.of(5L, 6L)),
        new ComplaintEvent.SplitOff(
            id(23), C, 23, T, ANN, ComplaintId.of("C-2"), List.of(), List.of()),
        new ComplaintEvent.SplitFrom(id(24), C, 24, T, ANN, ComplaintId.of("C-0")),
        new ComplaintEvent.MergeReceived(
            id(25),
            C,
            25,
            T,
            ANN,
            ComplaintId.of("C-3"),
            java.util.Map.of("resolution", T.plusSeconds(3600))),
        new ComplaintEvent.MergeReceived(
            id(25), C, 25, T, ANN, ComplaintId.of("C-3"), java.util.Map.of()),
        new ComplaintEvent.RelatedLinked(id(26), C, 26, T, BO, ComplaintId.of("C-4")),
        new ComplaintEvent.SurveyDue(id(27), C, 27, T, RatingScale.ONE_TO_FIVE),
        new ComplaintEvent.SurveyAnswered(
            id(28), C, 28, T, 2, RatingScale.ONE_TO_FIVE, Optional.of("slow \u56de\u590d")),
        new ComplaintEvent.SurveyAnswered(
            id(28), C, 28, T, 5, RatingScale.ONE_TO_FIVE, Optional.empty()),
        new ComplaintEvent.SurveyInvalidated(id(29), C, 29, T, "reopened"));
  }

  @Test
  void everyEventTypeOfTheSealedHierarchyIsReadByTheFastPath() {
    Set<Class<?>> sealed = Set.of(ComplaintEvent.class.getPermittedSubclasses());
    assertEquals(
        sealed,
        Set.copyOf(EventDecoder.EVENT_TYPES),
        "add the new event type to EventDecoder.EVENT_TYPES (one line)");
    Set<Class<?>> sampled = everyType().stream().map(Object::getClass).collect(Collectors.toSet());
    assertEquals(sealed, sampled, "add a sample of the new event type to everyType()");
    assertEquals(sealed.size(), DECODER.typeNames().size());
  }

  @Test
  void everyEventTypeRoundTripsAgainstCxJson() throws Exception {
    for (ComplaintEvent e : everyType()) {
      String text = JSON.writeValueAsString(e);
      assertEquals(e, DECODER.read(text), text);
      assertEquals(e, DECODER.read(text.getBytes(StandardCharsets.UTF_8)), text);
      assertEquals((ComplaintEvent) CX.readValue(text), DECODER.read(text), text);
    }
  }

  @Test
  void theStreamingPassItselfReadsEveryTypeWithoutDatabind() throws Exception {
    for (ComplaintEvent e : everyType()) {
      String text = JSON.writeValueAsString(e);
      assertEquals(e, DECODER.fastOrNull(text), text);
      assertEquals(e, DECODER.fastOrNull(text.getBytes(StandardCharsets.UTF_8)), text);
    }
    String ack = JSON.writeValueAsString(new ComplaintEvent.Acknowledged(id(2), C, 2, T, ANN));
    assertNull(DECODER.fastOrNull(ack.replace("\"version\":2", "\"version\":\"2\"")));
    assertNull(DECODER.fastOrNull(ack.replace("\"version\":2", "\"version\":2,\"x\":1")));
    assertNull(DECODER.fastOrNull(ack.replace(",\"version\":2", "")));
  }

  /** Texts that differ from what the writer produces: the answer (or error) is CxJson's. */
  @Test
  void unusualTextsGetCxJsonsAnswerOrError() throws Exception {
    String ack = JSON.writeValueAsString(new ComplaintEvent.Acknowledged(id(2), C, 2, T, ANN));
    List<String> texts =
        List.of(
            // reordered properties, type last
            "{\"version\":2,\"at\":\"2026-03-02T01:30:00Z\",\"by\":{\"department\":\"desk\","
                + "\"id\":\"ann\"},\"complaintId\":\"C-7\",\"id\":\""
                + id(2)
                + "\",\"type\":\"acknowledged\"}",
            ack.replace("\"version\":2", "\"version\":\"2\""),
            ack.replace("\"version\":2", "\"version\":2.0"),
            ack.replace("\"version\":2", "\"version\":0"),
            ack.replace("\"version\":2", "\"version\":null"),
            ack.replace(",\"version\":2", ""),
            ack.replace("\"version\":2", "\"version\":2,\"extra\":1"),
            ack.replace("\"version\":2", "\"version\":2,\"version\":3"),
            ack.replace("\"desk\"", "\"\""),
            ack.replace("\"desk\"", "7"),
            ack.replace(id(2).toString(), "1-2-3-4-5"),
            ack.replace("2026-03-02T01:30:00.123456789Z", "1772415000"),
            ack.replace("2026-03-02T01:30:00.123456789Z", "2026-03-02T09:30:00+08:00"),
            ack.replace("2026-03-02T01:30:00.123456789Z", "yesterday"),
            ack.replace("acknowledged", "teleported"),
            ack.substring(0, ack.length() - 3),
            "[]",
            "",
            ack.replace("\"by\":", "\"by\":null,\"x\":"));
    for (String text : texts) {
      Object expected;
      try {
        expected = CX.readValue(text);
      } catch (Exception e) {
        expected = e.getClass().getName() + ": " + e.getMessage();
      }
      Object actual;
      try {
        actual = DECODER.read(text);
      } catch (Exception e) {
        actual = e.getClass().getName() + ": " + e.getMessage();
      }
      assertEquals(expected, actual, text);
    }
  }

  @Test
  void instantsAreReadAsJavaReadsThem() {
    qt().withExamples(2000)
        .forAll(
            longs().between(-62_135_596_800L, 253_402_300_799L), integers().between(0, 999_999_999))
        .checkAssert(
            (seconds, nanos) -> {
              Instant i = Instant.ofEpochSecond(seconds, nanos);
              try {
                assertEquals(i, EventDecoder.instant(i.toString()), i.toString());
              } catch (EventDecoder.NotFast e) {
                throw new AssertionError(i.toString(), e);
              }
            });
    for (String odd :
        List.of(
            "2026-02-29T00:00:00Z",
            "2026-03-02T24:00:00Z",
            "2026-03-02T01:30:60Z",
            "2026-03-02T01:30:00+08:00",
            "2026-03-02T01:30:00.Z",
            "2026-3-02T01:30:00Z",
            "+12026-03-02T01:30:00Z",
            "2026-03-02T01:30:00.1234567890Z")) {
      assertThrows(EventDecoder.NotFast.class, () -> EventDecoder.instant(odd), odd);
    }
  }

  @Test
  void uuidsAreReadAsJavaReadsThem() {
    qt().withExamples(2000)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (msb, lsb) -> {
              UUID u = new UUID(msb, lsb);
              for (String text : List.of(u.toString(), u.toString().toUpperCase(Locale.ROOT))) {
                try {
                  assertEquals(
                      UUID.fromString(text),
                      EventDecoder.uuid(text.toCharArray(), 0, text.length()),
                      text);
                } catch (EventDecoder.NotFast e) {
                  throw new AssertionError(text, e);
                }
              }
            });
    for (String odd :
        List.of(
            "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5g",
            "0a1b2c3d-4e5f-6a7b-8c9d+0e1f2a3b4c5d",
            "0a1b2c3d4e5f-6a7b-8c9d-0e1f2a3b4c5d0",
            "a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
            "0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d0")) {
      assertThrows(
          EventDecoder.NotFast.class,
          () -> EventDecoder.uuid(odd.toCharArray(), 0, odd.length()),
          odd);
    }
  }

  @Test
  void anyTextsAndNumbersRoundTrip() {
    qt().withExamples(300)
        .forAll(
            strings().allPossible().ofLengthBetween(1, 40),
            strings().basicLatinAlphabet().ofLengthBetween(1, 20),
            longs().between(2, Long.MAX_VALUE),
            integers().between(1, Integer.MAX_VALUE))
        .checkAssert(
            (text, complaint, version, level) -> {
              if (text.isBlank() || complaint.isBlank()) {
                return;
              }
              ComplaintId c = ComplaintId.of(complaint.strip());
              List<ComplaintEvent> events =
                  Arrays.asList(
                      new ComplaintEvent.CustomerReplied(
                          ComplaintEvent.idFor(c, version), c, version, T, text),
                      new ComplaintEvent.Escalated(
                          ComplaintEvent.idFor(c, version), c, version, T, level, text, text),
                      new ComplaintEvent.AgentResponded(
                          ComplaintEvent.idFor(c, version),
                          c,
                          version,
                          T.plusNanos(version % 1_000_000_000L),
                          Employee.of(text, text),
                          text));
              for (ComplaintEvent e : events) {
                try {
                  String json = JSON.writeValueAsString(e);
                  // lone surrogates do not survive UTF-8 either way: compare with CxJson's reading
                  assertEquals(
                      (ComplaintEvent) CX.readValue(json.getBytes(StandardCharsets.UTF_8)),
                      DECODER.read(json.getBytes(StandardCharsets.UTF_8)),
                      json);
                  assertEquals(e, DECODER.read(json), json);
                } catch (java.io.IOException ex) {
                  throw new AssertionError(ex);
                }
              }
            });
  }

  /** The byte pass reads the types whose properties it knows, and never reads a type wrongly. */
  @Test
  void theBytePassReadsTheWrittenFormOfTheTypesItKnows() throws Exception {
    Set<String> read = new java.util.TreeSet<>();
    for (ComplaintEvent e : everyType()) {
      byte[] text = JSON.writeValueAsBytes(e);
      ComplaintEvent fast = DECODER.bytesOrNull(text);
      if (fast != null) {
        assertEquals(e, fast, new String(text, StandardCharsets.UTF_8));
        read.add(e.getClass().getSimpleName());
      }
    }
    assertEquals(BYTE_PASS_TYPES, read);
    String ack = JSON.writeValueAsString(new ComplaintEvent.Acknowledged(id(2), C, 2, T, ANN));
    for (String odd :
        List.of(
            ack.replace("\"version\":2", "\"version\":02"),
            ack.replace("\"version\":2", "\"version\":2e0"),
            ack.replace("\"version\":2", "\"version\":-2"),
            ack.replace("\"version\":2", "\"version\":99999999999999999999"),
            ack.replace("\"version\"", "\"vers\\u0069on\""),
            ack.replace("\"desk\"", "\"de\\u0073k\""),
            ack + " x",
            " \n" + ack + "\t ")) {
      byte[] bytes = odd.getBytes(StandardCharsets.UTF_8);
      Object expected = outcome(() -> CX.readValue(bytes));
      ComplaintEvent fast = DECODER.bytesOrNull(bytes);
      if (fast != null) {
        assertEquals(expected, fast, odd);
      }
      assertEquals(expected, outcome(() -> DECODER.read(bytes)), odd);
    }
  }

  /**
   * Every event type whose written form the byte pass reads; the other five have a property of a
   * type with Jackson annotations or a map (money, rating scale, open clocks) and go to the
   * streaming pass.
   */
  private static final Set<String> BYTE_PASS_TYPES =
      Set.of(
          "Acknowledged",
          "AgentResponded",
          "Assessed",
          "Closed",
          "CustomerReplied",
          "CustomerStateRecognised",
          "Escalated",
          "FollowUpLinked",
          "HandoverAccepted",
          "HandoverDeclined",
          "HandoverRequested",
          "Investigated",
          "InvestigatorAssigned",
          "Merged",
          "Received",
          "RelatedLinked",
          "ReminderSent",
          "Reopened",
          "Routed",
          "Solved",
          "SplitFrom",
          "SplitOff",
          "StatusChanged",
          "SurveyInvalidated");

  private interface Reading {
    Object read() throws Exception;
  }

  private static Object outcome(Reading r) {
    try {
      return r.read();
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static final String MUTATIONS = "{}[]\",:\\u0123456789-.eE tnfaslrx\u00e9\u4e2d";

  /**
   * Mutated written forms of every event type: the decoder (byte pass first) answers with CxJson's
   * event or CxJson's error, and whatever the byte pass alone reads is CxJson's event.
   */
  @Test
  void mutatedRowsGetCxJsonsAnswerOrError() {
    List<ComplaintEvent> samples = everyType();
    qt().withExamples(4000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              java.util.Random random = new java.util.Random(seed);
              ComplaintEvent e = samples.get(random.nextInt(samples.size()));
              byte[] written;
              try {
                written = JSON.writeValueAsBytes(e);
              } catch (java.io.IOException ex) {
                throw new AssertionError(ex);
              }
              byte[] bytes = written;
              int mutations = 1 + random.nextInt(3);
              for (int m = 0; m < mutations; m++) {
                bytes = mutate(bytes, random);
              }
              byte[] text = bytes;
              String shown = new String(text, StandardCharsets.UTF_8);
              Object expected = outcome(() -> CX.readValue(text));
              ComplaintEvent fast = DECODER.bytesOrNull(text);
              if (fast != null) {
                assertEquals(expected, fast, shown);
              }
              assertEquals(expected, outcome(() -> DECODER.read(text)), shown);
            });
  }

  private static byte[] mutate(byte[] b, java.util.Random random) {
    int at = random.nextInt(b.length + 1);
    byte[] insert =
        random.nextInt(6) == 0
            ? new byte[] {(byte) (0x80 + random.nextInt(128))}
            : String.valueOf(MUTATIONS.charAt(random.nextInt(MUTATIONS.length())))
                .getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    switch (random.nextInt(4)) {
      case 0 -> { // delete one byte
        out.write(b, 0, Math.min(at, b.length - 1));
        if (at < b.length - 1) {
          out.write(b, at + 1, b.length - at - 1);
        }
      }
      case 1 -> { // insert
        out.write(b, 0, at);
        out.writeBytes(insert);
        out.write(b, at, b.length - at);
      }
      case 2 -> { // replace one byte
        int i = Math.min(at, b.length - 1);
        out.write(b, 0, i);
        out.writeBytes(insert);
        out.write(b, i + 1, b.length - i - 1);
      }
      default -> { // repeat a piece
        int from = random.nextInt(b.length);
        int to = Math.min(b.length, from + 1 + random.nextInt(24));
        out.write(b, 0, to);
        out.write(b, from, b.length - from);
      }
    }
    return out.toByteArray();
  }
}
