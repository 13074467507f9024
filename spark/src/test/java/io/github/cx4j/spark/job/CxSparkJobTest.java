/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.spark.Spark;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CxSparkJobTest {
  @Test
  void parquetPurchasesAndSurveysBecomeCustomerAndNpsTables(@TempDir Path dir) {
    SparkSession spark = Spark.session();
    String purchases = dir.resolve("purchases").toString();
    Spark.table(Spark.cdnow(), "cust", "day", "paid").write().parquet(purchases);
    SplittableRandom rng = new SplittableRandom(1);
    List<Row> rows = new ArrayList<>();
    List<Integer> northJanuary = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String region = i % 2 == 0 ? "north" : "south";
      LocalDate date = LocalDate.of(2024, 1 + rng.nextInt(2), 1 + rng.nextInt(28));
      int score = rng.nextInt(11);
      if (region.equals("north") && date.getMonthValue() == 1) {
        northJanuary.add(score);
      }
      rows.add(RowFactory.create(region, Date.valueOf(date), score));
    }
    StructType schema =
        new StructType()
            .add("region", DataTypes.StringType)
            .add("answered", DataTypes.DateType)
            .add("ltr", DataTypes.IntegerType);
    String surveys = dir.resolve("surveys").toString();
    spark.createDataFrame(rows, schema).write().parquet(surveys);
    String out = dir.resolve("out").toString();
    List<String> report =
        CxSparkJob.run(
            spark,
            CxSparkJob.parse(
                new String[] {
                  "--purchases",
                  purchases,
                  "--customer",
                  "cust",
                  "--date",
                  "day",
                  "--amount",
                  "paid",
                  "--end",
                  "1998-06-30",
                  "--surveys",
                  surveys,
                  "--answered",
                  "answered",
                  "--score",
                  "ltr",
                  "--out",
                  out
                }));
    assertEquals(4, report.size(), report.toString());
    assertTrue(report.get(0).contains("converged=true"), report.get(0));
    List<Row> customers = spark.read().parquet(out + "/customers").collectAsList();
    assertEquals(2357, customers.size());
    assertTrue(
        List.of(customers.get(0).schema().fieldNames())
            .containsAll(List.of("clv", "pAlive", "segment")));
    Row nps =
        spark.read().parquet(out + "/nps").where("region = 'north' and month = '2024-01'").head();
    NpsResult expected = Nps.of(northJanuary.stream().mapToInt(Integer::intValue).toArray());
    assertEquals(expected.nps(), (double) nps.getAs("nps"), 1e-12);
    assertEquals(expected.n(), (long) nps.getAs("n"));
  }

  @Test
  void csvInputsAreReadByExtensionOrByFormat(@TempDir Path dir) throws java.io.IOException {
    SparkSession spark = Spark.session();
    Path csv = dir.resolve("surveys.csv");
    java.nio.file.Files.writeString(
        csv, "region,answered,ltr\nnorth,2024-01-05,10\nnorth,2024-01-09,3\nsouth,2024-02-01,9\n");
    String out = dir.resolve("out").toString();
    List<String> report =
        CxSparkJob.run(
            spark,
            Map.of("surveys", csv.toString(), "answered", "answered", "score", "ltr", "out", out));
    assertEquals(List.of("nps: 2 region-months"), report);
    Row north = spark.read().parquet(out + "/nps").where("region = 'north'").head();
    assertEquals(0.0, (double) north.getAs("nps"), 1e-12);
    assertEquals(2L, (long) north.getAs("n"));
    Path noExtension = dir.resolve("surveys-table");
    java.nio.file.Files.copy(csv, noExtension);
    assertEquals(
        "CxSparkJob.format must be parquet or csv, was \"tsv\"",
        assertThrows(
                CxValidationException.class,
                () -> CxSparkJob.read(spark, noExtension.toString(), Map.of("format", "tsv")))
            .getMessage());
    assertEquals(
        3, CxSparkJob.read(spark, noExtension.toString(), Map.of("format", "csv")).count());
  }

  @Test
  void badArgumentsAreNamed() {
    assertEquals(
        "CxSparkJob.out must be given (--out <directory>), was \"nothing\"",
        assertThrows(CxValidationException.class, () -> CxSparkJob.parse(new String[0]))
            .getMessage());
    assertEquals(
        "CxSparkJob.args[0] must be an option --name followed by its value, was \"out\"",
        assertThrows(CxValidationException.class, () -> CxSparkJob.parse(new String[] {"out", "x"}))
            .getMessage());
    assertEquals(Map.of("out", "x"), CxSparkJob.parse(new String[] {"--out", "x"}));
  }
}
