/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON files of this package (business calendars, SLA policies) strictly (a field given
 * twice or text after the end is an error) and words what is wrong as a user of the file reads it:
 * {@code ORIGIN:LINE:COLUMN: unknown field "x" (expected one of ...)}, {@code field "holidays[3]":
 * expected a date such as 2026-10-01, was "2026-02-30"}, {@code missing required field "zone"}, or
 * the rule a value breaks. Jackson's own wording, which names Java classes, never reaches the
 * message. Line and column are counted from 1 (RFC 8259 text; the position is where the parser
 * stood when the problem was found: at the value, or at the end of the object whose rule failed).
 */
final class SlaJson {
  private SlaJson() {}

  /** One mapper, so that each type's deserializer is built once (a copy per read costs ~10 ms). */
  private static final ObjectMapper MAPPER = CxJson.mapper();

  private static final Pattern REQUIRED =
      Pattern.compile(".*some of required attributes are not set \\[(.*)\\].*", Pattern.DOTALL);
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'.*");
  private static final Pattern CODE = Pattern.compile(" \\(code \\d+\\)");
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");

  /**
   * Reads one value of {@code type}.
   *
   * @param json the text
   * @param origin the file name (or another name of the text) that starts every message
   * @param type the value's type
   * @param field the field a failure is reported under, such as {@code BusinessCalendar.json}
   * @param what the value in words, such as {@code calendar}
   * @return the value
   * @throws CxValidationException {@code ORIGIN:LINE:COLUMN: what is wrong}
   */
  static <T> T read(String json, String origin, Class<T> type, String field, String what) {
    ObjectMapper mapper = MAPPER;
    try {
      T value =
          mapper
              .readerFor(type)
              .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
              .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readValue(json);
      if (value == null) {
        throw CxValidationException.withMessage(
            field, origin + start(json) + ": expected a " + what + " (a JSON object), was null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw CxValidationException.withMessage(
          field, origin + where(e.getLocation()) + ": " + describe(e, json, mapper, what));
    }
  }

  /**
   * Reads the text as a JSON tree, with the same strictness and messages as {@link #read}.
   *
   * @param json the text
   * @param origin the file name that starts every message
   * @param field the field a failure is reported under
   * @param what the value in words
   * @return the tree; a missing node for an empty text
   * @throws CxValidationException {@code ORIGIN:LINE:COLUMN: not JSON: ...}
   */
  static JsonNode tree(String json, String origin, String field, String what) {
    ObjectMapper mapper = MAPPER;
    try {
      return mapper
          .reader()
          .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(json);
    } catch (JsonProcessingException e) {
      throw CxValidationException.withMessage(
          field, origin + where(e.getLocation()) + ": " + describe(e, json, mapper, what));
    }
  }

  /** {@code :LINE:COLUMN} of the first character that is not white space. */
  private static String start(String json) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < json.length() && Character.isWhitespace(json.charAt(i)); i++) {
      if (json.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return ":" + line + ":" + column;
  }

  private static String where(@Nullable JsonLocation at) {
    if (at == null || at.getLineNr() <= 0) {
      return "";
    }
    return ":" + at.getLineNr() + ":" + Math.max(1, at.getColumnNr());
  }

  private static String describe(
      JsonProcessingException e, String json, ObjectMapper mapper, String what) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // a broken text, also when the binder met it (it then wraps the parser's exception)
      if (t instanceof JsonParseException p) {
        return notJson(p, what);
      }
    }
    if (!(e instanceof JsonMappingException)) {
      return "not JSON: " + firstLine(e.getOriginalMessage());
    }
    String original = firstLine(e.getOriginalMessage());
    JsonMappingException m = (JsonMappingException) e;
    String path = path(m);
    String in = path.isEmpty() ? "" : " in " + path;
    if (m instanceof UnrecognizedPropertyException u) {
      TreeSet<String> known = new TreeSet<>();
      Collection<Object> ids = u.getKnownPropertyIds();
      if (ids != null) {
        ids.forEach(id -> known.add(String.valueOf(id)));
      }
      String parent = parentPath(m);
      return "unknown field \""
          + u.getPropertyName()
          + "\""
          + (parent.isEmpty() ? "" : " in " + parent)
          + (known.isEmpty() ? "" : " (expected one of " + String.join(", ", known) + ")");
    }
    if (m instanceof InvalidTypeIdException t) {
      String id = t.getTypeId();
      return id == null || id.isEmpty() ? "no type given" + in : "unknown type \"" + id + "\"" + in;
    }
    if (original.startsWith("No content to map")) {
      return "the text is empty (expected a " + what + ")";
    }
    if (original.startsWith("Trailing token")) {
      return "not JSON: more text after the end of the " + what;
    }
    Throwable cause = m;
    while (cause.getCause() != null && !(cause instanceof CxValidationException)) {
      cause = cause.getCause();
    }
    if (cause instanceof CxValidationException) {
      return firstLine(cause.getMessage()) + in;
    }
    Matcher r = REQUIRED.matcher(String.valueOf(cause.getMessage()));
    if (cause instanceof IllegalStateException && r.matches()) {
      List<String> names = Arrays.asList(r.group(1).split(",\\s*"));
      return "missing required field"
          + (names.size() == 1 ? "" : "s")
          + " \""
          + String.join("\", \"", names)
          + "\""
          + in;
    }
    if (cause instanceof NullPointerException) {
      return (path.isEmpty() ? "a value" : "field \"" + path + "\"") + " must not be null";
    }
    if (m instanceof InvalidFormatException f) {
      String expected = expected(f.getTargetType());
      String value = quoted(f.getValue());
      if (original.contains("Map key")) {
        return "key " + value + (path.isEmpty() ? "" : " of \"" + path + "\"") + ": " + expected;
      }
      return (path.isEmpty() ? "a value" : "field \"" + path + "\"")
          + ": expected "
          + expected
          + ", was "
          + value;
    }
    if (m instanceof MismatchedInputException mi) {
      String expected = expected(mi.getTargetType());
      JsonNode value = valueAt(json, mapper, m);
      return (path.isEmpty() ? "the " + what : "field \"" + path + "\"")
          + ": expected "
          + expected
          + (value == null || value.isMissingNode() ? "" : ", was " + abbreviate(value.toString()));
    }
    return "not a valid " + what + in;
  }

  /** A text that is not JSON, or gives a field twice. */
  private static String notJson(JsonParseException p, String what) {
    if (p instanceof JsonEOFException) {
      return "not JSON: the text ends before the " + what + " is complete";
    }
    String original = firstLine(p.getOriginalMessage());
    Matcher d = DUPLICATE.matcher(original);
    if (d.matches()) {
      return "field \"" + d.group(1) + "\" is given twice";
    }
    String plain = CODE.matcher(original).replaceAll("");
    return "not JSON: "
        + SOURCE
            .matcher(plain)
            .replaceAll("line $1, column $2")
            .replace("for Object starting", "for the object starting")
            .replace("for Array starting", "for the list starting");
  }

  /** The path of the failing value, as {@code week.MONDAY[0]}. */
  private static String path(JsonMappingException m) {
    return render(m.getPath());
  }

  /** The path of the object that holds the failing field. */
  private static String parentPath(JsonMappingException m) {
    List<JsonMappingException.Reference> refs = m.getPath();
    return refs.isEmpty() ? "" : render(refs.subList(0, refs.size() - 1));
  }

  private static String render(List<JsonMappingException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      String name = r.getFieldName();
      if (name != null) {
        b.append(b.length() == 0 ? "" : ".").append(name);
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static @Nullable JsonNode valueAt(
      String json, ObjectMapper mapper, JsonMappingException m) {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
    for (JsonMappingException.Reference r : m.getPath()) {
      if (node == null) {
        return null;
      }
      String name = r.getFieldName();
      node = name != null ? node.get(name) : r.getIndex() >= 0 ? node.get(r.getIndex()) : node;
    }
    return node;
  }

  /** What a value of this Java type is, in the words of the file format. */
  static String expected(@Nullable Class<?> target) {
    if (target == null) {
      return "a valid value";
    }
    if (target == ZoneId.class || ZoneId.class.isAssignableFrom(target)) {
      return "an IANA time zone such as Asia/Shanghai";
    }
    if (target == LocalDate.class) {
      return "a date such as 2026-10-01";
    }
    if (target == LocalTime.class) {
      return "a time such as 09:00";
    }
    if (target == Instant.class || target == OffsetDateTime.class) {
      return "an ISO-8601 instant such as 2026-01-01T00:00:00Z";
    }
    if (target == Duration.class) {
      return "an ISO-8601 duration such as PT8H";
    }
    if (target == DayOfWeek.class) {
      return "a day of the week, one of " + Arrays.toString(DayOfWeek.values());
    }
    if (target.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object c : target.getEnumConstants()) {
        names.add(c.toString());
      }
      return "one of " + names;
    }
    if (target == int.class
        || target == long.class
        || target == Integer.class
        || target == Long.class) {
      return "a whole number";
    }
    if (target == double.class || Number.class.isAssignableFrom(target)) {
      return "a number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    if (target == String.class) {
      return "a text";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(target)) {
      return "an object";
    }
    return "an object";
  }

  private static String quoted(@Nullable Object value) {
    if (value instanceof String s) {
      return "\"" + abbreviate(s) + "\"";
    }
    return abbreviate(String.valueOf(value));
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  private static String firstLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "invalid";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
