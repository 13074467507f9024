package io.github.cx4j.core.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The column plumbing that {@link RepeatSummaries} and {@link RfmSummaries} share: exact JSON text,
 * validation messages, equality on every field, hash codes and the copies the accessors return.
 */
class SummaryColumnsTest {
  private static final CustomerId A = CustomerId.of("a");
  private static final CustomerId B = CustomerId.of("b");
  private static final LocalDate END = LocalDate.of(2024, 1, 31);
  private static final Duration DAY = Duration.ofDays(1);
  private final ObjectMapper json = CxJson.mapper();

  private static RepeatSummaries repeat(double monetary) {
    return RepeatSummaries.of(
        List.of(A, B),
        END,
        DAY,
        PurchasePeriod.DAY,
        new int[] {2, 0},
        new double[] {3, 0},
        new double[] {4, 1},
        new double[] {monetary, 0});
  }

  private static RfmSummaries rfm(double mean) {
    return RfmSummaries.of(
        List.of(A, B),
        END,
        DAY,
        new double[] {1, 5},
        new int[] {2, 1},
        new double[] {10, 3},
        new double[] {mean, 3});
  }

  @Test
  void jsonTextIsStable() throws Exception {
    assertEquals(
        "{\"age\":[4.0,1.0],\"customers\":[\"a\",\"b\"],\"end\":\"2024-01-31\","
            + "\"frequency\":[2,0],\"monetary\":[7.5,0.0],\"period\":\"DAY\","
            + "\"recency\":[3.0,0.0],\"unit\":\"PT24H\"}",
        json.writeValueAsString(repeat(7.5)));
    assertEquals(
        "{\"analysisDate\":\"2024-01-31\",\"customers\":[\"a\",\"b\"],\"frequency\":[2,1],"
            + "\"monetaryMean\":[5.0,3.0],\"monetaryTotal\":[10.0,3.0],\"recency\":[1.0,5.0],"
            + "\"unit\":\"PT24H\"}",
        json.writeValueAsString(rfm(5)));
  }

  @Test
  void summariesFromTheLogAndFromColumnsAreEqual() throws Exception {
    TransactionLog log =
        TransactionLog.builder()
            .add(B, LocalDate.of(2024, 1, 2), 1)
            .add(A, LocalDate.of(2024, 1, 5), 4)
            .add(A, LocalDate.of(2024, 1, 9), 6)
            .build();
    SummarySpec spec = SummarySpec.of(END, DAY);
    RepeatSummaries fromLog = ActivitySummaries.repeat(log, spec);
    RepeatSummaries fromColumns =
        RepeatSummaries.of(
            fromLog.customers(),
            fromLog.end(),
            fromLog.unit(),
            fromLog.period(),
            fromLog.frequency(),
            fromLog.recency(),
            fromLog.age(),
            fromLog.monetary());
    assertEquals(fromLog, fromColumns);
    assertEquals(fromLog.hashCode(), fromColumns.hashCode());
    assertEquals(List.of(B, A), fromLog.customers());
    assertEquals(A, fromLog.customer(1));
    RfmSummaries rfm = ActivitySummaries.rfm(log, spec);
    RfmSummaries rfmColumns =
        RfmSummaries.of(
            rfm.customers(),
            rfm.analysisDate(),
            rfm.unit(),
            rfm.recency(),
            rfm.frequency(),
            rfm.monetaryTotal(),
            rfm.monetaryMean());
    assertEquals(rfm, rfmColumns);
    assertEquals(rfm.hashCode(), rfmColumns.hashCode());
    assertEquals(
        json.writeValueAsString(rfm),
        json.writeValueAsString(json.readValue(json.writeValueAsString(rfm), RfmSummaries.class)));
  }

  @Test
  void hashCodesFollowTheFieldsInOrder() {
    RepeatSummaries r = repeat(7.5);
    assertEquals(
        Objects.hash(
            r.end(),
            r.unit(),
            r.period(),
            r.customers(),
            Arrays.hashCode(r.frequency()),
            Arrays.hashCode(r.recency()),
            Arrays.hashCode(r.age()),
            Arrays.hashCode(r.monetary())),
        r.hashCode());
    RfmSummaries f = rfm(5);
    assertEquals(
        Objects.hash(
            f.analysisDate(),
            f.unit(),
            f.customers(),
            Arrays.hashCode(f.recency()),
            Arrays.hashCode(f.frequency()),
            Arrays.hashCode(f.monetaryTotal()),
            Arrays.hashCode(f.monetaryMean())),
        f.hashCode());
  }

  @Test
  void everyFieldTakesPartInEquality() {
    RepeatSummaries r = repeat(7.5);
    assertEquals(r, repeat(7.5));
    assertNotEquals(r, repeat(7.25));
    assertNotEquals(r, rfm(5));
    assertNotEquals(
        r,
        RepeatSummaries.of(
            List.of(B, A),
            END,
            DAY,
            PurchasePeriod.DAY,
            r.frequency(),
            r.recency(),
            r.age(),
            r.monetary()));
    assertNotEquals(
        r,
        RepeatSummaries.of(
            r.customers(),
            END.plusDays(1),
            DAY,
            PurchasePeriod.DAY,
            r.frequency(),
            r.recency(),
            r.age(),
            r.monetary()));
    assertNotEquals(
        r,
        RepeatSummaries.of(
            r.customers(),
            END,
            Duration.ofDays(7),
            PurchasePeriod.DAY,
            r.frequency(),
            r.recency(),
            r.age(),
            r.monetary()));
    assertNotEquals(
        r,
        RepeatSummaries.of(
            r.customers(),
            END,
            DAY,
            PurchasePeriod.MONTH,
            r.frequency(),
            r.recency(),
            r.age(),
            r.monetary()));
    assertNotEquals(
        r,
        RepeatSummaries.of(
            r.customers(),
            END,
            DAY,
            PurchasePeriod.DAY,
            new int[] {1, 0},
            r.recency(),
            r.age(),
            r.monetary()));
    assertNotEquals(
        r,
        RepeatSummaries.of(
            r.customers(),
            END,
            DAY,
            PurchasePeriod.DAY,
            r.frequency(),
            new double[] {2, 0},
            r.age(),
            r.monetary()));
    assertNotEquals(
        r,
        RepeatSummaries.of(
            r.customers(),
            END,
            DAY,
            PurchasePeriod.DAY,
            r.frequency(),
            r.recency(),
            new double[] {5, 1},
            r.monetary()));
    RfmSummaries f = rfm(5);
    assertEquals(f, rfm(5));
    assertNotEquals(f, rfm(6));
    assertNotEquals(f, repeat(7.5));
    assertNotEquals(
        f,
        RfmSummaries.of(
            List.of(B, A),
            END,
            DAY,
            f.recency(),
            f.frequency(),
            f.monetaryTotal(),
            f.monetaryMean()));
    assertNotEquals(
        f,
        RfmSummaries.of(
            f.customers(),
            END.minusDays(1),
            DAY,
            f.recency(),
            f.frequency(),
            f.monetaryTotal(),
            f.monetaryMean()));
    assertNotEquals(
        f,
        RfmSummaries.of(
            f.customers(),
            END,
            Duration.ofDays(7),
            f.recency(),
            f.frequency(),
            f.monetaryTotal(),
            f.monetaryMean()));
    assertNotEquals(
        f,
        RfmSummaries.of(
            f.customers(),
            END,
            DAY,
            new double[] {2, 5},
            f.frequency(),
            f.monetaryTotal(),
            f.monetaryMean()));
    assertNotEquals(
        f,
        RfmSummaries.of(
            f.customers(),
            END,
            DAY,
            f.recency(),
            new int[] {3, 1},
            f.monetaryTotal(),
            f.monetaryMean()));
    assertNotEquals(
        f,
        RfmSummaries.of(
            f.customers(),
            END,
            DAY,
            f.recency(),
            f.frequency(),
            new double[] {11, 3},
            f.monetaryMean()));
  }

  @Test
  void columnsAreCopiedInAndOut() {
    int[] frequency = {2, 1};
    double[] recency = {1, 5};
    RfmSummaries f =
        RfmSummaries.of(
            List.of(A, B), END, DAY, recency, frequency, new double[] {10, 3}, new double[] {5, 3});
    frequency[0] = 9;
    recency[0] = 9;
    f.frequency()[1] = 9;
    f.monetaryMean()[1] = 9;
    assertEquals(rfm(5), f);
    RepeatSummaries r = repeat(7.5);
    r.age()[0] = 0;
    r.monetary()[0] = 0;
    assertEquals(repeat(7.5), r);
    assertThrows(UnsupportedOperationException.class, () -> r.customers().set(0, B));
    assertThrows(UnsupportedOperationException.class, () -> f.toList().add(f.get(0)));
    assertEquals(2, f.toList().size());
    assertEquals(RepeatSummary.of(B, 0, 0, 1, 0), r.toList().get(1));
  }

  @Test
  void badColumnsNameTheField() {
    assertEquals(
        "RepeatSummaries.age must have 2 rows, was 1",
        assertThrows(
                CxValidationException.class,
                () ->
                    RepeatSummaries.of(
                        List.of(A, B),
                        END,
                        DAY,
                        PurchasePeriod.DAY,
                        new int[] {0, 0},
                        new double[] {0, 0},
                        new double[] {1},
                        new double[] {0, 0}))
            .getMessage());
    assertEquals(
        "RepeatSummaries.customers must hold distinct customers, was [a, a]",
        assertThrows(
                CxValidationException.class,
                () ->
                    RepeatSummaries.of(
                        List.of(A, A),
                        END,
                        DAY,
                        PurchasePeriod.DAY,
                        new int[] {0, 0},
                        new double[] {0, 0},
                        new double[] {1, 1},
                        new double[] {0, 0}))
            .getMessage());
    assertEquals(
        "RfmSummaries.monetaryMean must have 2 rows, was 3",
        assertThrows(
                CxValidationException.class,
                () ->
                    RfmSummaries.of(
                        List.of(A, B),
                        END,
                        DAY,
                        new double[] {1, 5},
                        new int[] {2, 1},
                        new double[] {10, 3},
                        new double[] {5, 3, 1}))
            .getMessage());
    assertEquals(
        "RfmSummaries.recency must have 2 rows, was 1",
        assertThrows(
                CxValidationException.class,
                () ->
                    RfmSummaries.of(
                        List.of(A, B),
                        END,
                        DAY,
                        new double[] {1},
                        new int[] {2, 1},
                        new double[] {10, 3},
                        new double[] {5, 3}))
            .getMessage());
    assertEquals(
        "RfmSummaries.customers must hold distinct customers, was [b, b]",
        assertThrows(
                CxValidationException.class,
                () ->
                    RfmSummaries.of(
                        List.of(B, B),
                        END,
                        DAY,
                        new double[] {1, 5},
                        new int[] {2, 1},
                        new double[] {10, 3},
                        new double[] {5, 3}))
            .getMessage());
    assertEquals(
        "RfmSummaries.frequency[1] must be at least 1, was 0",
        assertThrows(
                CxValidationException.class,
                () ->
                    RfmSummaries.of(
                        List.of(A, B),
                        END,
                        DAY,
                        new double[] {1, 5},
                        new int[] {2, 0},
                        new double[] {10, 3},
                        new double[] {5, 3}))
            .getMessage());
  }

  @Test
  void toStringNamesSizeAndSpec() {
    assertEquals(
        "RepeatSummaries{2 customers, end 2024-01-31, unit PT24H, period DAY}",
        repeat(7.5).toString());
    assertEquals(
        "RfmSummaries{2 customers, analysis date 2024-01-31, unit PT24H}", rfm(5).toString());
  }
}
