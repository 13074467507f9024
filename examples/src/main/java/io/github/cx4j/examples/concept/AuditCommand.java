/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.concept;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CxCommand;
import io.github.cx4j.examples.cli.InvalidRows;
import io.github.cx4j.examples.cli.OutputOption;
import io.github.cx4j.scoring.audit.Audit;
import io.github.cx4j.scoring.audit.AuditAnswers;
import io.github.cx4j.scoring.audit.AuditKind;
import io.github.cx4j.scoring.audit.AuditReport;
import io.github.cx4j.scoring.audit.SectionScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx4j audit --input answers.json [--lang en|zh] [--format text|json] [--output F]}: scores
 * an organisation's answers to the standard audit questionnaires (layout in {@code
 * docs/vocabulary.md}).
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "Scores an organisation audit: CS system (MS/BS/VHS), the twelve retention steps with the"
            + " weakest steps and their practices, the all-staff service inspection, the SERVICE"
            + " principles and the service style.")
public final class AuditCommand implements CxCommand {

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Option(
      names = "--input",
      required = true,
      description = "The answers, a JSON file (see docs/vocabulary.md).")
  Path input;

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "Language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Lang lang = Lang.en;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Mixin OutputOption output = new OutputOption();

  @Option(
      names = "--skip-invalid",
      description =
          "Treat answers off the scale or with a fraction as missing instead of stopping; their"
              + " count and the first "
              + InvalidRows.LISTED
              + " go to standard error.")
  boolean skipInvalid;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public AuditCommand() {}

  /**
   * Reads answers from JSON, turning every problem into a message with the source, the line and the
   * column.
   *
   * @param in the JSON
   * @param source the name to report
   * @return the answers
   */
  static AuditAnswers read(InputStream in, String source) {
    try {
      return CxJson.mapper().readValue(in, AuditAnswers.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
      Throwable cause = e.getCause();
      String message =
          String.valueOf(
              cause instanceof CxValidationException ? cause.getMessage() : e.getOriginalMessage());
      // no Java type names in a user's message
      message =
          message
              .replace("`java.util.OptionalInt`", "an answer (a whole number or null)")
              .replaceAll("`java\\.[\\w.$]*\\.(\\w+)`", "$1");
      message = message.replaceAll("`io\\.github\\.cx4j\\.[\\w.$]*\\.(\\w+)`", "$1");
      int problem = message.indexOf(", problem: ");
      if (problem >= 0) {
        message = message.substring(0, problem); // Jackson names its exception class there
      }
      throw new CliException(where + ": " + message, e);
    } catch (IOException e) {
      throw new CliException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** One numeric answer as written, with where it was. */
  private record Answer(String kind, String item, long line, int column, String text, double v) {}

  /**
   * Checks every numeric answer against the scale's rule before the answers are built: a whole
   * number on the declared scale ({@code 3} or {@code 3.0}); a fraction ({@code 2.5}) or a value
   * off the scale is an error naming file, line, column, section and item, never truncated. With
   * {@code --skip-invalid} such answers become missing and are counted.
   *
   * @return the bytes to read: the input, or with skipped answers the input with them nulled
   */
  static byte[] checkAnswers(byte[] bytes, String source, InvalidRows invalid) throws IOException {
    ObjectMapper mapper = CxJson.mapper();
    List<Answer> numbers = new ArrayList<>();
    JsonNode tree;
    try (JsonParser p = mapper.getFactory().createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          JsonStreamContext item = p.getParsingContext();
          JsonStreamContext kind = item.getParent();
          JsonStreamContext root = kind == null ? null : kind.getParent();
          if (item.inObject()
              && kind != null
              && kind.inObject()
              && root != null
              && "answers".equals(root.getCurrentName())
              && root.getParent() != null
              && root.getParent().inRoot()) {
            JsonLocation at = p.currentTokenLocation();
            numbers.add(
                new Answer(
                    String.valueOf(kind.getCurrentName()),
                    String.valueOf(item.getCurrentName()),
                    at.getLineNr(),
                    at.getColumnNr(),
                    p.getText(),
                    p.getDoubleValue()));
          }
        }
      }
      tree = mapper.readTree(bytes);
    } catch (JsonProcessingException e) {
      return bytes; // the full read reports it with its location
    }
    for (String field : List.of("organisation", "scale", "answers")) {
      if (tree.path(field).isMissingNode() || tree.path(field).isNull()) {
        throw new CliException(source + ": " + field + " is missing");
      }
    }
    if (!tree.path("answers").isObject()) {
      throw new CliException(source + ": answers must be an object of sections");
    }
    JsonNode scale = tree.path("scale");
    boolean hasScale = scale.path("min").isInt() && scale.path("max").isInt();
    int min = scale.path("min").asInt();
    int max = scale.path("max").asInt();
    boolean changed = false;
    for (Answer a : numbers) {
      String problem = null;
      if (a.v() != Math.rint(a.v())) {
        problem =
            "expected a whole point of the scale"
                + (hasScale ? " " + min + ".." + max : "")
                + " (its answers have no fractions)";
      } else if (hasScale && (a.v() < min || a.v() > max)) {
        problem = "expected an answer within " + min + ".." + max;
      }
      if (problem == null) {
        continue;
      }
      String message =
          source
              + ":"
              + a.line()
              + ":"
              + a.column()
              + ": answers."
              + a.kind()
              + "."
              + a.item()
              + ": "
              + problem
              + ", was "
              + a.text();
      if (!invalid.skipping()) {
        throw new CliException(message);
      }
      invalid.add(message);
      ((ObjectNode) tree.path("answers").path(a.kind())).putNull(a.item());
      changed = true;
    }
    return changed ? mapper.writeValueAsBytes(tree) : bytes;
  }

  @Override
  public Integer call() {
    AuditAnswers answers;
    try (InputStream in = Files.newInputStream(input)) {
      byte[] bytes = in.readAllBytes();
      InvalidRows invalid = new InvalidRows(skipInvalid);
      byte[] checked = checkAnswers(bytes, input.toString(), invalid);
      invalid.report(spec.commandLine().getErr(), input.toString());
      answers = read(new java.io.ByteArrayInputStream(checked), input.toString());
    } catch (NoSuchFileException e) {
      throw new CliException(input + ": no such file", e);
    } catch (IOException e) {
      throw new CliException(input + ": cannot read: " + e.getMessage(), e);
    }
    AuditReport report = Audit.score(answers);
    output.write(
        spec.commandLine().getOut(),
        out -> {
          if (format == Format.json) {
            ObjectMapper json = CxJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(json.writeValueAsString(report));
          } else {
            print(report, lang.locale, out);
          }
        });
    return 0;
  }

  static void print(AuditReport report, Locale locale, PrintWriter out) {
    AuditText text = new AuditText(locale);
    out.println(
        text.t("Audit of ", "审计对象:")
            + report.organisation()
            + text.t(" (answers on ", "(答案量表 ")
            + report.scale()
            + text.t(")", ")"));
    section(text, AuditKind.CS_SYSTEM, report.csSystem(), out);
    section(text, AuditKind.RETENTION, report.retention().map(r -> r.section()), out);
    report.retention().ifPresent(r -> text.weakest(r).forEach(out::println));
    section(text, AuditKind.STAFF_INSPECTION, report.staffInspection(), out);
    section(text, AuditKind.SERVICE_PRINCIPLES, report.servicePrinciples(), out);
    section(text, AuditKind.SERVICE_STYLE, report.serviceSides(), out);
    if (report.serviceSides().isPresent()) {
      out.println(text.style(report));
    }
    out.println();
    out.println(
        text.t("Missing answers (", "缺失的答案(")
            + report.missing().size()
            + text.t("): ", "):")
            + (report.missing().isEmpty()
                ? text.t("none", "无")
                : String.join(", ", report.missing())));
  }

  private static void section(
      AuditText text, AuditKind kind, Optional<SectionScore> section, PrintWriter out) {
    if (section.isEmpty()) {
      return;
    }
    out.println();
    out.println("-- " + text.title(kind));
    AuditText.align(text.table(section.get())).forEach(out::println);
  }
}
