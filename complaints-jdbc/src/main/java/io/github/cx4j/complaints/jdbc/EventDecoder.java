/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads stored event JSON fast, with {@code CxJson}'s databind reader as the definition: a
 * streaming pass over Jackson's {@link JsonParser} that builds the event records directly, and, for
 * any row it does not recognise exactly (a missing, extra, repeated or null property, a number
 * where a text is written, a constructor that rejects a value), the full databind reading, so that
 * the result and every error are the ones {@code CxJson} gives.
 *
 * <p>The shapes are derived from the event records themselves: the type name from {@link
 * JsonSubTypes} on {@link ComplaintEvent}, the properties from the record components. Texts,
 * numbers, booleans, UUIDs, instants, enums without Jackson annotations, plain records, {@code
 * Optional} and {@code List} of these, and single-text values (a {@link JsonValue} text with a
 * static {@link JsonCreator} factory, such as complaint and customer ids) are read by the streaming
 * pass; any other property type is read by databind for that value alone. A new event type is one
 * more entry in {@link #EVENT_TYPES}.
 *
 * <p>Rows as bytes (UTF-8, as PostgreSQL hands them over) first go through a byte pass ({@link
 * JsonBytes}): the same shapes read straight from the bytes, without a parser, tokens, or a {@code
 * String} per UUID, instant or property name. It reads only the strict form (and property types
 * without databind); for any other row it gives way to the streaming pass, which gives way to
 * databind, so the result and every error stay {@code CxJson}'s. The replay profile of
 * docs/benchmarks.md (third store section) put Jackson's per-row parser among the largest costs.
 */
final class EventDecoder {
  /** Every event type the fast path knows; a test checks this against the sealed hierarchy. */
  static final List<Class<? extends ComplaintEvent>> EVENT_TYPES =
      List.of(
          ComplaintEvent.Received.class,
          ComplaintEvent.Acknowledged.class,
          ComplaintEvent.Assessed.class,
          ComplaintEvent.InvestigatorAssigned.class,
          ComplaintEvent.Investigated.class,
          ComplaintEvent.HandoverRequested.class,
          ComplaintEvent.HandoverAccepted.class,
          ComplaintEvent.HandoverDeclined.class,
          ComplaintEvent.AgentResponded.class,
          ComplaintEvent.CustomerReplied.class,
          ComplaintEvent.StatusChanged.class,
          ComplaintEvent.Solved.class,
          ComplaintEvent.Closed.class,
          ComplaintEvent.Reopened.class,
          ComplaintEvent.FollowUpLinked.class,
          ComplaintEvent.Merged.class,
          ComplaintEvent.RemedyProvided.class,
          ComplaintEvent.SatisfactionRecorded.class,
          ComplaintEvent.Escalated.class,
          ComplaintEvent.CustomerStateRecognised.class,
          ComplaintEvent.Routed.class,
          ComplaintEvent.ReminderSent.class,
          ComplaintEvent.SplitOff.class,
          ComplaintEvent.SplitFrom.class,
          ComplaintEvent.MergeReceived.class,
          ComplaintEvent.RelatedLinked.class,
          ComplaintEvent.SurveyDue.class,
          ComplaintEvent.SurveyAnswered.class,
          ComplaintEvent.SurveyInvalidated.class);

  private final ObjectMapper mapper;
  private final ObjectReader fullReader;
  private final JsonFactory factory;
  private final Map<String, RecordShape> events = new HashMap<>();
  private final Map<Type, Value> values = new HashMap<>();
  private final Map<Type, BytesValue> bytesValues = new HashMap<>();

  /** The row is not in the exact shape the fast path reads; databind reads it instead. */
  static final class NotFast extends Exception {
    private static final long serialVersionUID = 1L;
    static final NotFast INSTANCE = new NotFast();

    private NotFast() {
      super(null, null, false, false);
    }
  }

  /** Reads one value at the parser's current token. */
  private interface Value {
    Object read(JsonParser p) throws IOException, NotFast;
  }

  /** Reads one value at a byte cursor; {@link NotFast} where the value is not in its shape. */
  private interface BytesValue {
    Object read(JsonBytes in) throws NotFast;
  }

  /** A property type the byte pass does not read: the row goes to the streaming pass. */
  private static final BytesValue NOT_BY_BYTES =
      in -> {
        throw NotFast.INSTANCE;
      };

  private static final byte[][] TYPE_PROPERTY = {"type".getBytes(StandardCharsets.US_ASCII)};

  EventDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
    this.fullReader = mapper.readerFor(ComplaintEvent.class);
    this.factory = mapper.getFactory();
    Map<Class<?>, String> names = new HashMap<>();
    JsonSubTypes types = ComplaintEvent.class.getAnnotation(JsonSubTypes.class);
    for (JsonSubTypes.Type t : types.value()) {
      names.put(t.value(), t.name());
    }
    for (Class<? extends ComplaintEvent> type : EVENT_TYPES) {
      String name = names.get(type);
      if (name == null) {
        throw new IllegalStateException(type + " is not named in ComplaintEvent's @JsonSubTypes");
      }
      events.put(name, new RecordShape(type, this));
    }
  }

  /** The type names the fast path reads. */
  java.util.Set<String> typeNames() {
    return java.util.Set.copyOf(events.keySet());
  }

  /**
   * Reads one event.
   *
   * @param json the event's JSON in UTF-8
   * @return the event, as {@code CxJson} reads it
   * @throws IOException as {@code CxJson}'s reader throws it for this text
   */
  ComplaintEvent read(byte[] json) throws IOException {
    ComplaintEvent e = bytesOrNull(json);
    if (e == null) {
      e = fastOrNull(json);
    }
    return e != null ? e : fullReader.readValue(json);
  }

  /**
   * The byte pass alone ({@link JsonBytes}: the bytes read once, no parser): the event, or null
   * where the streaming pass or databind must read the text.
   */
  @Nullable ComplaintEvent bytesOrNull(byte[] json) {
    try {
      JsonBytes in = new JsonBytes(json);
      in.expect('{');
      if (in.name(TYPE_PROPERTY) != 0) {
        return null;
      }
      RecordShape shape = events.get(in.text());
      if (shape == null) {
        return null;
      }
      Object event = shape.readMembers(in, in.consume(','));
      return in.atEnd() ? (ComplaintEvent) event : null;
    } catch (NotFast | RuntimeException e) {
      return null;
    }
  }

  /**
   * Reads one event.
   *
   * @param json the event's JSON
   * @return the event, as {@code CxJson} reads it
   * @throws IOException as {@code CxJson}'s reader throws it for this text
   */
  ComplaintEvent read(String json) throws IOException {
    ComplaintEvent e = fastOrNull(json);
    return e != null ? e : fullReader.readValue(json);
  }

  /** The streaming pass alone: the event, or null where databind must read the text. */
  @Nullable ComplaintEvent fastOrNull(byte[] json) {
    try (JsonParser p = factory.createParser(json)) {
      return fast(p);
    } catch (NotFast | IOException | RuntimeException e) {
      return null;
    }
  }

  /** The streaming pass alone: the event, or null where databind must read the text. */
  @Nullable ComplaintEvent fastOrNull(String json) {
    try (JsonParser p = factory.createParser(json)) {
      return fast(p);
    } catch (NotFast | IOException | RuntimeException e) {
      return null;
    }
  }

  private ComplaintEvent fast(JsonParser p) throws IOException, NotFast {
    if (p.nextToken() != JsonToken.START_OBJECT
        || !"type".equals(p.nextFieldName())
        || p.nextToken() != JsonToken.VALUE_STRING) {
      throw NotFast.INSTANCE;
    }
    RecordShape shape = events.get(p.getText());
    if (shape == null) {
      throw NotFast.INSTANCE;
    }
    Object event = shape.readFields(p);
    if (p.nextToken() != null) {
      throw NotFast.INSTANCE;
    }
    return (ComplaintEvent) event;
  }

  private Value valueOf(Type type) {
    Value v = values.get(type);
    if (v == null) {
      v = build(type);
      values.put(type, v);
    }
    return v;
  }

  private BytesValue bytesValueOf(Type type) {
    BytesValue v = bytesValues.get(type);
    if (v == null) {
      v = buildBytes(type);
      bytesValues.put(type, v);
    }
    return v;
  }

  /** The byte pass's reader of a property type: the same shapes as {@link #build}'s. */
  private BytesValue buildBytes(Type type) {
    if (type == String.class) {
      return JsonBytes::text;
    }
    if (type == long.class) {
      return JsonBytes::integer;
    }
    if (type == int.class) {
      return in -> {
        long v = in.integer();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
          throw NotFast.INSTANCE;
        }
        return (int) v;
      };
    }
    if (type == boolean.class) {
      return JsonBytes::bool;
    }
    if (type == UUID.class) {
      return in -> uuid(in.scratch(), 0, in.asciiText());
    }
    if (type == Instant.class) {
      return in -> instant(in.scratch(), 0, in.asciiText());
    }
    if (type instanceof ParameterizedType pt && pt.getActualTypeArguments().length == 1) {
      Type raw = pt.getRawType();
      BytesValue element = bytesValueOf(pt.getActualTypeArguments()[0]);
      if (raw == Optional.class) {
        return in -> Optional.of(element.read(in));
      }
      if (raw == List.class) {
        return in -> {
          in.expect('[');
          List<Object> out = new ArrayList<>();
          if (in.consume(']')) {
            return out;
          }
          do {
            out.add(element.read(in));
          } while (in.consume(','));
          in.expect(']');
          return out;
        };
      }
    }
    if (type instanceof Class<?> c) {
      if (c.isEnum() && !annotated(c) && !hasAnnotatedMembers(c)) {
        Map<String, Object> constants = new HashMap<>();
        for (Object o : c.getEnumConstants()) {
          constants.put(((Enum<?>) o).name(), o);
        }
        return in -> {
          Object o = constants.get(in.text());
          if (o == null) {
            throw NotFast.INSTANCE;
          }
          return o;
        };
      }
      if (c.isRecord() && !annotated(c) && !hasAnnotatedMembers(c)) {
        RecordShape shape = new RecordShape(c, this);
        return in -> {
          in.expect('{');
          return shape.readMembers(in, in.peek() != '}');
        };
      }
      Method creator = textCreator(c);
      if (creator != null) {
        return in -> {
          String text = in.text();
          try {
            return creator.invoke(null, text);
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw NotFast.INSTANCE;
          }
        };
      }
    }
    return NOT_BY_BYTES;
  }

  private Value build(Type type) {
    if (type == String.class) {
      return p -> expect(p, JsonToken.VALUE_STRING).getText();
    }
    if (type == long.class) {
      return p -> expect(p, JsonToken.VALUE_NUMBER_INT).getLongValue();
    }
    if (type == int.class) {
      return p -> expect(p, JsonToken.VALUE_NUMBER_INT).getIntValue();
    }
    if (type == boolean.class) {
      return p -> {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
          return Boolean.TRUE;
        }
        if (t == JsonToken.VALUE_FALSE) {
          return Boolean.FALSE;
        }
        throw NotFast.INSTANCE;
      };
    }
    if (type == UUID.class) {
      return p -> {
        expect(p, JsonToken.VALUE_STRING);
        return uuid(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      };
    }
    if (type == Instant.class) {
      return p -> {
        expect(p, JsonToken.VALUE_STRING);
        return instant(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      };
    }
    if (type instanceof ParameterizedType pt && pt.getActualTypeArguments().length == 1) {
      Type raw = pt.getRawType();
      Value element = valueOf(pt.getActualTypeArguments()[0]);
      if (raw == Optional.class) {
        return p -> Optional.of(element.read(p));
      }
      if (raw == List.class) {
        return p -> {
          expect(p, JsonToken.START_ARRAY);
          List<Object> out = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(element.read(p));
          }
          return out;
        };
      }
    }
    if (type instanceof Class<?> c) {
      if (c.isEnum() && !annotated(c) && !hasAnnotatedMembers(c)) {
        Map<String, Object> constants = new HashMap<>();
        for (Object o : c.getEnumConstants()) {
          constants.put(((Enum<?>) o).name(), o);
        }
        return p -> {
          Object o = constants.get(expect(p, JsonToken.VALUE_STRING).getText());
          if (o == null) {
            throw NotFast.INSTANCE;
          }
          return o;
        };
      }
      if (c.isRecord() && !annotated(c) && !hasAnnotatedMembers(c)) {
        RecordShape shape = new RecordShape(c, this);
        return p -> {
          expect(p, JsonToken.START_OBJECT);
          return shape.readFields(p);
        };
      }
      Method creator = textCreator(c);
      if (creator != null) {
        return p -> {
          String text = expect(p, JsonToken.VALUE_STRING).getText();
          try {
            return creator.invoke(null, text);
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw NotFast.INSTANCE;
          }
        };
      }
    }
    JavaType javaType = mapper.getTypeFactory().constructType(type);
    ObjectReader reader = mapper.readerFor(javaType);
    return p -> {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw NotFast.INSTANCE;
      }
      return reader.readValue(p);
    };
  }

  private static JsonParser expect(JsonParser p, JsonToken token) throws NotFast {
    if (p.currentToken() != token) {
      throw NotFast.INSTANCE;
    }
    return p;
  }

  /**
   * Only the canonical 8-4-4-4-12 form of hexadecimal digits, which Jackson and {@link
   * UUID#fromString} read alike; read from the parser's characters, without a {@code String}.
   */
  static UUID uuid(char[] t, int off, int n) throws NotFast {
    if (n != 36
        || t[off + 8] != '-'
        || t[off + 13] != '-'
        || t[off + 18] != '-'
        || t[off + 23] != '-') {
      throw NotFast.INSTANCE;
    }
    long msb = hex(t, off, 8);
    msb = msb << 16 | hex(t, off + 9, 4);
    msb = msb << 16 | hex(t, off + 14, 4);
    long lsb = hex(t, off + 19, 4);
    lsb = lsb << 48 | hex(t, off + 24, 12);
    return new UUID(msb, lsb);
  }

  private static long hex(char[] t, int from, int count) throws NotFast {
    long v = 0;
    for (int i = from; i < from + count; i++) {
      char c = t[i];
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        d = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        d = c - 'A' + 10;
      } else {
        throw NotFast.INSTANCE;
      }
      v = v << 4 | d;
    }
    return v;
  }

  /**
   * The form the writer uses, {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} with a four-digit year, read
   * without a formatter; any other text (offsets, leap seconds, numbers) goes to databind.
   */
  static Instant instant(String t) throws NotFast {
    return instant(t.toCharArray(), 0, t.length());
  }

  /** {@link #instant(String)} on the parser's characters, without a {@code String}. */
  static Instant instant(char[] t, int off, int n) throws NotFast {
    if (n < 20
        || n > 30
        || n == 21
        || t[off + 4] != '-'
        || t[off + 7] != '-'
        || t[off + 10] != 'T'
        || t[off + 13] != ':'
        || t[off + 16] != ':'
        || t[off + n - 1] != 'Z'
        || (n > 20 && t[off + 19] != '.')) {
      throw NotFast.INSTANCE;
    }
    int year = digits(t, off, 4);
    int month = digits(t, off + 5, 2);
    int day = digits(t, off + 8, 2);
    int hour = digits(t, off + 11, 2);
    int minute = digits(t, off + 14, 2);
    int second = digits(t, off + 17, 2);
    int nanos = 0;
    if (n > 20) {
      nanos = digits(t, off + 20, n - 21);
      for (int i = n - 1 - 20; i < 9; i++) {
        nanos *= 10;
      }
    }
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
      throw NotFast.INSTANCE;
    }
    if (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      throw NotFast.INSTANCE;
    }
    return Instant.ofEpochSecond(
        epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second, nanos);
  }

  /**
   * Days from 1970-01-01 to a valid proleptic Gregorian date (the civil-from-days count, as {@link
   * java.time.LocalDate#toEpochDay} gives it; {@code EventDecoderTest} compares the two).
   */
  static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  private static int digits(char[] t, int from, int count) throws NotFast {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = t[i];
      if (c < '0' || c > '9') {
        throw NotFast.INSTANCE;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean annotated(AnnotatedElement e) {
    for (Annotation a : e.getAnnotations()) {
      if (a.annotationType().getPackageName().startsWith("com.fasterxml.jackson")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAnnotatedMembers(Class<?> c) {
    for (Method m : c.getDeclaredMethods()) {
      if (annotated(m)) {
        return true;
      }
    }
    for (java.lang.reflect.Field f : c.getDeclaredFields()) {
      if (annotated(f)) {
        return true;
      }
    }
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (annotated(k)) {
        return true;
      }
      for (Annotation[] as : k.getParameterAnnotations()) {
        for (Annotation a : as) {
          if (a.annotationType().getPackageName().startsWith("com.fasterxml.jackson")) {
            return true;
          }
        }
      }
    }
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        if (annotated(rc)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A public static {@code @JsonCreator} factory of one text (without {@code @JsonProperty}) on a
   * type whose {@code @JsonValue} is a text: the single-text value form.
   */
  private static @Nullable Method textCreator(Class<?> c) {
    boolean textValue = false;
    for (Method m : c.getMethods()) {
      if (m.isAnnotationPresent(JsonValue.class) && m.getReturnType() == String.class) {
        textValue = true;
      }
    }
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        if (rc.isAnnotationPresent(JsonValue.class) && rc.getType() == String.class) {
          textValue = true;
        }
      }
    }
    if (!textValue) {
      return null;
    }
    for (Method m : c.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())
          && m.isAnnotationPresent(JsonCreator.class)
          && m.getAnnotation(JsonCreator.class).mode() != JsonCreator.Mode.PROPERTIES
          && m.getParameterCount() == 1
          && m.getParameterTypes()[0] == String.class
          && !m.getParameters()[0].isAnnotationPresent(JsonProperty.class)
          && c.isAssignableFrom(m.getReturnType())) {
        return m;
      }
    }
    return null;
  }

  /** The properties of a record, read in any order, each exactly once. */
  private static final class RecordShape {
    private final Constructor<?> constructor;
    private final Map<String, Integer> index = new HashMap<>();
    private final Value[] readers;
    private final boolean[] optional;
    private final byte[][] names;
    private final BytesValue[] bytesReaders;

    RecordShape(Class<?> type, EventDecoder decoder) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] raw = new Class<?>[components.length];
      readers = new Value[components.length];
      optional = new boolean[components.length];
      names = new byte[components.length][];
      bytesReaders = new BytesValue[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent rc = components[i];
        raw[i] = rc.getType();
        index.put(rc.getName(), i);
        readers[i] = decoder.valueOf(rc.getGenericType());
        optional[i] = rc.getType() == Optional.class;
        names[i] = rc.getName().getBytes(StandardCharsets.UTF_8);
        bytesReaders[i] = decoder.bytesValueOf(rc.getGenericType());
      }
      try {
        constructor = type.getDeclaredConstructor(raw);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record has its canonical constructor: " + type, e);
      }
    }

    /** Reads the fields after the current token up to the object's end and builds the record. */
    Object readFields(JsonParser p) throws IOException, NotFast {
      Object[] args = new Object[readers.length];
      String name;
      while ((name = p.nextFieldName()) != null) {
        Integer i = index.get(name);
        if (i == null || args[i] != null) {
          throw NotFast.INSTANCE;
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
          throw NotFast.INSTANCE;
        }
        args[i] = readers[i].read(p);
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw NotFast.INSTANCE;
      }
      return construct(args);
    }

    /**
     * Reads the members of an object at a byte cursor up to and including its closing brace ({@code
     * more}: whether a member comes next rather than the brace) and builds the record.
     */
    Object readMembers(JsonBytes in, boolean more) throws NotFast {
      Object[] args = new Object[bytesReaders.length];
      while (more) {
        int i = in.name(names);
        if (i < 0 || args[i] != null || in.nullNext()) {
          throw NotFast.INSTANCE;
        }
        args[i] = bytesReaders[i].read(in);
        more = in.consume(',');
      }
      in.expect('}');
      return construct(args);
    }

    private Object construct(Object[] args) throws NotFast {
      for (int i = 0; i < args.length; i++) {
        if (args[i] == null) {
          if (!optional[i]) {
            throw NotFast.INSTANCE;
          }
          args[i] = Optional.empty();
        }
      }
      try {
        return constructor.newInstance(args);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw NotFast.INSTANCE;
      }
    }
  }
}
