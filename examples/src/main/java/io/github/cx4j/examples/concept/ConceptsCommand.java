/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.concept;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.concept.ConceptGroup;
import io.github.cx4j.core.concept.Vocabulary;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CxCommand;
import io.github.cx4j.examples.cli.OutputOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx4j concepts [--lang en|zh] [--format text|json] [--group G] [--output F]}. */
@Command(
    name = "concepts",
    mixinStandardHelpOptions = true,
    description =
        "The whole vocabulary of the course, grouped, with labels and descriptions in English or"
            + " Chinese.")
public final class ConceptsCommand implements CxCommand {

  /** Output formats. */
  enum Format {
    text,
    json
  }

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

  @Option(
      names = "--bilingual",
      description =
          "Text format: each concept's English and Chinese label side by side, and both"
              + " descriptions (for bilingual classes); --lang then chooses the Chinese script.")
  boolean bilingual;

  @Option(
      names = "--course",
      paramLabel = "FILE",
      description =
          "Only the groups of one course file, by its code: ${COMPLETION-CANDIDATES}; the group"
              + " descriptions cite the file by title.")
  io.github.cx4j.core.concept.CourseFile course;

  @Option(
      names = "--group",
      description = "Only this concept group, by its code (for example CustomerState).")
  String group;

  @Mixin OutputOption output = new OutputOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public ConceptsCommand() {}

  @Override
  public Integer call() {
    List<ConceptGroup> groups = Vocabulary.groups();
    if (group != null) {
      List<String> codes = new ArrayList<>();
      groups.forEach(g -> codes.add(g.code()));
      groups =
          List.of(
              Vocabulary.group(group)
                  .orElseThrow(
                      () ->
                          new CliException(
                              "--group: unknown concept group \""
                                  + group
                                  + "\"; groups: "
                                  + codes)));
    }
    if (course != null) {
      String title = course.label(Locale.ENGLISH);
      String zhTitle = course.label(Locale.CHINESE);
      List<ConceptGroup> ofCourse = new ArrayList<>();
      for (ConceptGroup g : groups) {
        String d = g.description(Locale.ENGLISH) + g.description(Locale.CHINESE);
        if (d.contains(title) || d.contains(zhTitle)) {
          ofCourse.add(g);
        }
      }
      groups = ofCourse;
    }
    Locale locale = lang.locale;
    Locale chinese = "zh".equals(locale.getLanguage()) ? locale : Locale.CHINESE;
    List<ConceptGroup> chosen = groups;
    output.write(
        spec.commandLine().getOut(),
        out -> {
          if (format == Format.json) {
            ObjectMapper json = CxJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
            List<Map<String, Object>> list = new ArrayList<>();
            for (ConceptGroup g : chosen) {
              Map<String, Object> m = entry(g, locale);
              List<Map<String, Object>> concepts = new ArrayList<>();
              for (Labelled c : g.concepts()) {
                concepts.add(entry(c, locale));
              }
              m.put("concepts", concepts);
              list.add(m);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("language", lang.name());
            root.put("groups", list);
            out.println(json.writeValueAsString(root));
            return;
          }
          int concepts = 0;
          if (bilingual) {
            for (ConceptGroup g : chosen) {
              out.println(
                  "== "
                      + g.label(Locale.ENGLISH)
                      + " | "
                      + g.label(chinese)
                      + " ["
                      + g.code()
                      + "]");
              for (Labelled c : g.concepts()) {
                out.println(
                    "  " + c.code() + " | " + c.label(Locale.ENGLISH) + " | " + c.label(chinese));
                out.println("      " + c.description(Locale.ENGLISH));
                out.println("      " + c.description(chinese));
                concepts++;
              }
              out.println();
            }
            out.println(
                String.format(
                    Locale.ROOT,
                    "%d groups, %d concepts. 共 %d 组，%d 个概念。",
                    chosen.size(),
                    concepts,
                    chosen.size(),
                    concepts));
            return;
          }
          for (ConceptGroup g : chosen) {
            out.println("== " + g.label(locale) + " [" + g.code() + "]");
            out.println("   " + g.description(locale));
            for (Labelled c : g.concepts()) {
              out.println(
                  "  " + c.code() + " | " + c.label(locale) + " | " + c.description(locale));
              concepts++;
            }
            out.println();
          }
          out.println(
              String.format(
                  Locale.ROOT,
                  "zh".equals(locale.getLanguage()) ? "共 %d 组，%d 个概念。" : "%d groups, %d concepts.",
                  chosen.size(),
                  concepts));
        });
    return 0;
  }

  private static Map<String, Object> entry(Labelled concept, Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", concept.code());
    m.put("label", concept.label(locale));
    m.put("description", concept.description(locale));
    return m;
  }
}
