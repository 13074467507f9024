/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.cx4j.examples.CliTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command the tour prints runs as printed from the repository root (issue 21: the tour's
 * commands named files that were not there). Each chapter is run on its own, its commands are taken
 * from its output, and they are run in order in an empty directory that stands for the repository
 * root: a path under {@code examples/} is the repository's file, any other file name is the
 * directory's, so a command can read only the repository's files and what an earlier command of the
 * same chapter wrote. Each must exit 0 and print (or write) its key line.
 */
class TourCommandsTest extends CliTest {
  @TempDir Path work;

  /** The repository root, as the tests run in {@code examples/}. */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  static final String PREFIX = "  " + Tour.CLI + " ";

  /** Options whose value is a file or folder. */
  static final List<String> FILE_OPTIONS =
      List.of(
          "--input",
          "--summary",
          "--output",
          "-o",
          "--db",
          "--policy",
          "--calendar",
          "--kano-input",
          "--model-file");

  /**
   * Top-level chapter numbers of {@code tour --list}: two-space indent, then a number or letter.
   */
  static List<String> chapters(String list) {
    List<String> numbers = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^  ([0-9]+|[A-Z])  ").matcher(list);
    while (m.find()) {
      numbers.add(m.group(1));
    }
    return numbers;
  }

  static List<String> commands(String tourOutput) {
    List<String> commands = new ArrayList<>();
    for (String line : tourOutput.split("\n")) {
      if (line.startsWith(PREFIX)) {
        commands.add(line.substring(PREFIX.length()));
      } else {
        assertTrue(
            !line.contains("cx4j.jar ")
                || line.contains("spark-submit")
                || line.contains("java -cp"),
            "a command not printed by Tour.command: " + line);
      }
    }
    return commands;
  }

  /** The arguments of a command with its files placed: the repository's, or the directory's. */
  List<String> placed(String command) {
    String[] words = command.split(" ");
    List<String> args = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0 && FILE_OPTIONS.contains(words[i - 1])) {
        Path file = w.startsWith("examples/") ? ROOT.resolve(w) : work.resolve(w);
        if (w.startsWith("examples/")) {
          assertTrue(Files.exists(file), "the repository has no " + w + " (in: " + command + ")");
        }
        args.add(file.toString());
      } else {
        args.add(w);
      }
    }
    return args;
  }

  /** What each command must print, or write to its output file. */
  static final Map<String, String> KEY = new LinkedHashMap<>();

  static {
    KEY.put("audit", "-- CS system audit");
    KEY.put("summarize", "# cx4j summarize: convention=");
    KEY.put("clv compare", "bgnbd       4     -9582.43");
    KEY.put("rfm", "segment,customers,purchases,revenue,aov");
    KEY.put("tiers", "customer,value,tier,customer_tier,service_approach");
    KEY.put("pls", "\"resamples\" : 1000,");
    KEY.put("complaints generate", "{\"type\":\"received\",");
    KEY.put("complaints import", "stored 200 complaints in ");
    KEY.put("complaints sla", "clocks of 200 complaints");
    KEY.put("report", "<!DOCTYPE html>");
  }

  private void check(String command) throws IOException {
    List<String> args = placed(command);
    int code = run(args.toArray(new String[0]));
    assertEquals(0, code, command + "\n" + err);
    String key = null;
    for (Map.Entry<String, String> k : KEY.entrySet()) {
      if (command.startsWith(k.getKey() + " ")) {
        key = k.getValue();
        break;
      }
    }
    if (key == null) {
      fail("no key line known for: " + command);
    }
    int o = Math.max(args.indexOf("-o"), args.indexOf("--output"));
    String written =
        o >= 0
            ? Files.readString(Path.of(args.get(o + 1)), StandardCharsets.UTF_8)
            : out + err; // import and sla report on standard error
    assertTrue(written.contains(key), command + ": no \"" + key + "\" in:\n" + head(written));
  }

  private static String head(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }

  @Test
  void everyCommandOfEveryChapterRunsAsPrinted() throws IOException {
    assertEquals(0, run("tour", "--list"), err);
    List<String> chapters = chapters(out);
    assertTrue(chapters.size() >= 10, out);
    Map<String, List<String>> byChapter = new LinkedHashMap<>();
    for (String chapter : chapters) {
      assertEquals(0, run("tour", "--chapter", chapter), err);
      List<String> commands = commands(out);
      assertEquals(0, run("tour", "--chapter", chapter, "--lang", "zh"), err);
      List<String> chinese = commands(out);
      assertEquals(
          commands.stream().map(c -> c.replace("--lang en", "--lang zh")).toList(),
          chinese,
          "chapter " + chapter + " prints the same commands in Chinese");
      if (!commands.isEmpty()) {
        byChapter.put(chapter, commands);
      }
    }
    assertEquals(
        List.of("3", "4", "6", "7", "A"),
        List.copyOf(byChapter.keySet()),
        "the chapters with commands: " + byChapter);
    int n = 0;
    for (Map.Entry<String, List<String>> chapter : byChapter.entrySet()) {
      // a fresh directory per chapter: its commands need nothing from another chapter
      for (Path p : Files.list(work).toList()) {
        delete(p);
      }
      for (String command : chapter.getValue()) {
        check(command);
        n++;
      }
    }
    assertEquals(15, n, byChapter.toString());
  }

  private static void delete(Path p) throws IOException {
    if (Files.isDirectory(p)) {
      for (Path q : Files.list(p).toList()) {
        delete(q);
      }
    }
    Files.delete(p);
  }
}
