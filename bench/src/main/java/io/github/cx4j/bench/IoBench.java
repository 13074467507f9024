/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import io.github.cx4j.io.Table;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a purchase file ({@code customer,date,amount}, 2.85M lines of 1M customers, 74 MB, issue
 * 13) into columns: customer codes with a dictionary, epoch days and amounts. Three parsers on the
 * same file and to the same columns: cx4j-io on all cores and on one, FastCSV 4 and
 * jackson-dataformat-csv (one thread each; their cells are Strings, converted with the JDK).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar IoBench}. Target: at least 400 MB/s on 2
 * cores for cx4j-io (MB/s = file size / time per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class IoBench {
  /** Lines and customers, as "rows/customers". */
  @Param({"2850000/1000000"})
  public String size;

  private Path file;
  private DelimitedReader parallel;
  private DelimitedReader single;

  /** Writes (once) and locates the file. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    String[] parts = size.split("/", -1);
    file = PurchaseFiles.purchases(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    DelimitedReader.Builder b =
        DelimitedReader.builder()
            .columns(
                ColumnSpec.category("customer"),
                ColumnSpec.date("date"),
                ColumnSpec.decimal("amount"));
    parallel = b.build();
    single = b.threads(1).build();
    System.out.println("file " + file + " " + Files.size(file) + " bytes");
  }

  /** cx4j-io on all available cores. */
  @Benchmark
  public Table cx4jParallel() {
    return parallel.read(file);
  }

  /** cx4j-io on the calling thread only. */
  @Benchmark
  public Table cx4jOneThread() {
    return single.read(file);
  }

  /** Columns filled from Strings, as the FastCSV and Jackson runs do. */
  static final class Columns {
    final Map<String, Integer> ids = new HashMap<>();
    int[] customer = new int[1 << 16];
    int[] day = new int[1 << 16];
    double[] amount = new double[1 << 16];
    int rows;

    void add(String id, String date, String value) {
      if (rows == customer.length) {
        customer = Arrays.copyOf(customer, rows * 2);
        day = Arrays.copyOf(day, rows * 2);
        amount = Arrays.copyOf(amount, rows * 2);
      }
      Integer code = ids.get(id);
      if (code == null) {
        code = ids.size();
        ids.put(id, code);
      }
      customer[rows] = code;
      day[rows] = (int) LocalDate.parse(date).toEpochDay();
      amount[rows] = Double.parseDouble(value);
      rows++;
    }
  }

  /** FastCSV 4 (de.siegmar:fastcsv), one thread. */
  @Benchmark
  public Columns fastCsv() throws IOException {
    Columns c = new Columns();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      boolean first = true;
      for (CsvRecord r : reader) {
        if (first) {
          first = false;
          continue;
        }
        c.add(r.getField(0), r.getField(1), r.getField(2));
      }
    }
    return c;
  }

  /** jackson-dataformat-csv, rows as String arrays, one thread. */
  @Benchmark
  public Columns jacksonCsv() throws IOException {
    Columns c = new Columns();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> it =
            mapper
                .readerFor(String[].class)
                .with(CsvSchema.emptySchema().withSkipFirstDataRow(true))
                .readValues(in)) {
      while (it.hasNext()) {
        String[] r = it.next();
        c.add(r[0], r[1], r[2]);
      }
    }
    return c;
  }
}
