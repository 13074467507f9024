/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code messages_zh_TW.properties} of the library modules is the Traditional-script
 * conversion (ICU {@code Hans-Hant}) of its {@code messages_zh.properties}, line by line: keys and
 * comments unchanged, values converted. After changing a Chinese bundle, regenerate with {@code
 * ./mvnw -o -q -pl examples -am test -Dtest=TraditionalBundlesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcx4j.writeTraditional=true}.
 */
class TraditionalBundlesTest {
  private static final List<String> MODULES =
      List.of("core", "scoring", "segmentation", "complaints");

  static List<String> traditional(List<String> simplified, UnaryOperator<String> convert) {
    List<String> out = new ArrayList<>();
    for (String line : simplified) {
      int eq = line.indexOf('=');
      out.add(
          line.startsWith("#") || eq < 0
              ? line
              : line.substring(0, eq + 1) + convert.apply(line.substring(eq + 1)));
    }
    return out;
  }

  @Test
  void everyTraditionalBundleIsTheConversionOfItsSimplifiedBundle() throws IOException {
    UnaryOperator<String> convert = Tour.toTraditional();
    boolean write = Boolean.getBoolean("cx4j.writeTraditional");
    int checked = 0;
    for (String module : MODULES) {
      Path root = Path.of("..", module, "src", "main", "resources");
      List<Path> bundles;
      try (Stream<Path> files = Files.walk(root)) {
        bundles =
            files.filter(p -> p.getFileName().toString().equals("messages_zh.properties")).toList();
      }
      for (Path zh : bundles) {
        Path tw = zh.resolveSibling("messages_zh_TW.properties");
        List<String> expected =
            traditional(Files.readAllLines(zh, StandardCharsets.UTF_8), convert);
        if (write) {
          Files.write(tw, expected, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(tw), tw + " is missing; regenerate (see the class comment)");
        assertEquals(
            expected,
            Files.readAllLines(tw, StandardCharsets.UTF_8),
            tw + " is stale; regenerate (see the class comment)");
        checked++;
      }
    }
    assertTrue(checked >= 14, "bundles checked: " + checked);
  }
}
