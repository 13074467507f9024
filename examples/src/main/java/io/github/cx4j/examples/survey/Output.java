/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.Interval;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.io.CsvWriter;
import io.github.cx4j.io.RowWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BiFunction;

/** Output helpers shared by the survey commands. */
final class Output {
  private Output() {}

  /**
   * The indenting JSON mapper of the survey commands, built on first use: Jackson's start-up (about
   * 0.1 s) is paid only by a command that writes JSON.
   */
  static ObjectMapper json() {
    return Json.MAPPER;
  }

  private static final class Json {
    static final ObjectMapper MAPPER = CxJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}
  }

  enum Format {
    csv,
    json
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new CliException("--level must be strictly between 0 and 1, was " + level);
    }
  }

  static ArrayNode interval(Interval i) {
    ArrayNode a = json().createArrayNode();
    a.add(i.low());
    a.add(i.high());
    return a;
  }

  /**
   * Decimals of the numbers in the survey CSVs: cx4j-io's rule ({@link RowWriter#decimal}), the one
   * every CSV of the CLI follows (six decimals, trailing zeros dropped).
   */
  static final int DECIMALS = 6;

  /** Writes the cells of one CSV row, without ending it. */
  @FunctionalInterface
  interface CsvRow<R> {
    void write(CsvWriter w, String group, R result);
  }

  /** A number cell by the CLI's rule, or an empty cell if there is none. */
  static RowWriter decimal(RowWriter w, java.util.OptionalDouble value) {
    if (value.isPresent()) {
      w.decimal(value.getAsDouble(), DECIMALS);
    } else {
      w.missing();
    }
    return w;
  }

  /** An interval's two cells by the CLI's rule. */
  static RowWriter interval(RowWriter w, Interval i) {
    w.decimal(i.low(), DECIMALS).decimal(i.high(), DECIMALS);
    return w;
  }

  static void writeJson(PrintWriter out, Object node) throws java.io.IOException {
    out.println(json().writeValueAsString(node));
  }

  /** Writes a CSV through cx4j-io's writer: the header, then the rows the body writes. */
  static void writeCsv(
      PrintWriter out, List<String> header, java.util.function.Consumer<CsvWriter> body) {
    CsvWriter w = CsvWriter.of(out, header);
    body.accept(w);
    w.flush();
  }

  static String[] comparePair(String spec, Map<String, ?> groups) {
    String[] parts = spec.split(",", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new CliException("--compare must be two groups A,B, was \"" + spec + "\"");
    }
    for (int k = 0; k < 2; k++) {
      parts[k] = parts[k].strip();
      if (!groups.containsKey(parts[k])) {
        throw new CliException(
            "--compare group \""
                + parts[k]
                + "\" not found; groups: "
                + String.join(", ", groups.keySet()));
      }
    }
    return parts;
  }

  static ObjectNode comparison(String a, String b, io.github.cx4j.scoring.survey.Comparison c) {
    ObjectNode o = json().createObjectNode();
    o.put("a", a);
    o.put("b", b);
    o.put("difference", c.difference());
    o.put("se", c.se());
    o.put("z", c.z());
    o.put("p", c.p());
    o.set("interval", interval(c.interval()));
    o.put("level", c.level());
    return o;
  }

  static void writeComparison(
      PrintWriter out,
      Format format,
      String a,
      String b,
      io.github.cx4j.scoring.survey.Comparison c)
      throws java.io.IOException {
    if (format == Format.json) {
      writeJson(out, comparison(a, b, c));
    } else {
      writeCsv(
          out,
          List.of("a", "b", "difference", "se", "z", "p", "low", "high", "level"),
          w ->
              interval(
                      w.text(a)
                          .text(b)
                          .decimal(c.difference(), DECIMALS)
                          .decimal(c.se(), DECIMALS)
                          .decimal(c.z(), DECIMALS)
                          .decimal(c.p(), DECIMALS),
                      c.interval())
                  .decimal(c.level(), DECIMALS)
                  .endRow());
    }
  }

  /**
   * Writes per-group results: with {@code --compare A,B} the two-sample comparison of two groups,
   * otherwise one JSON object or one CSV row per group, in group order.
   */
  static <R> void writeGroups(
      PrintWriter out,
      Format format,
      SortedMap<String, R> results,
      Optional<String> compare,
      BiFunction<R, R, io.github.cx4j.scoring.survey.Comparison> comparison,
      BiFunction<String, R, ObjectNode> json,
      CsvRow<R> csv,
      List<String> header)
      throws java.io.IOException {
    if (compare.isPresent()) {
      String[] ab = comparePair(compare.get(), results);
      writeComparison(
          out, format, ab[0], ab[1], comparison.apply(results.get(ab[0]), results.get(ab[1])));
    } else if (format == Format.json) {
      ArrayNode array = json().createArrayNode();
      results.forEach((g, r) -> array.add(json.apply(g, r)));
      writeJson(out, array);
    } else {
      writeCsv(
          out,
          header,
          w ->
              results.forEach(
                  (g, r) -> {
                    csv.write(w, g, r);
                    w.endRow();
                  }));
    }
  }
}
