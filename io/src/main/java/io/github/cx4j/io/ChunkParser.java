/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Parses one chunk of whole records (RFC 4180) from bytes straight into the chunk's primitive
 * columns. Per record: a tokenising pass that notes where each wanted field starts and ends, then a
 * conversion pass; category values enter the dictionary only after every other cell of the record
 * converted, so that a skipped record leaves no trace.
 *
 * <p>Rules: a field that starts with {@code "} is quoted and may hold separators, line breaks and
 * doubled quotes; spaces and tabs around an unquoted field, and around the quotes of a quoted one,
 * are not part of it; a quote inside an unquoted field is an error; a record ends at LF or CRLF
 * outside quotes, or at the end of the input; blank lines are skipped; an empty field is missing.
 */
final class ChunkParser {
  private static final double[] POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private static final int QUOTED = 1;
  private static final int ESCAPED = 2;

  private final Layout layout;
  private final byte[] buf;
  private final int to;

  /** Per spec: start, end, flags of its field in the current record. */
  private final int[] starts;

  private final int[] ends;
  private final int[] flags;
  private byte[] scratch = new byte[64];
  private int fields;

  /** Relative 1-based line of the current position. */
  private long line = 1;

  /** Relative line where the current record starts. */
  private long recordLine = 1;

  private final Chunk chunk;
  private int capacity;

  /**
   * Per category spec: where each row's value starts and ends in the buffer, for the rows whose
   * code is {@link SharedDictionary#PENDING} until the chunk's batched dictionary pass.
   */
  private final int[][] pendingFrom;

  private final int[][] pendingTo;

  ChunkParser(Layout layout, byte[] buf, int to, int expectedRows) {
    this.layout = layout;
    this.buf = buf;
    this.to = to;
    int n = layout.specs.length;
    starts = new int[n];
    ends = new int[n];
    flags = new int[n];
    capacity = Math.max(16, expectedRows);
    chunk = new Chunk(layout, capacity);
    pendingFrom = new int[n][];
    pendingTo = new int[n][];
    for (int s = 0; s < n; s++) {
      if (layout.specs[s].type == ColumnType.CATEGORY) {
        pendingFrom[s] = new int[capacity];
        pendingTo[s] = new int[capacity];
      }
    }
  }

  /** Parses {@code [from, to)}, which starts at a record boundary. */
  Chunk parse(int from) {
    int p = from;
    chunk.bytes = to - from;
    while (p < to) {
      int recordStart = p;
      long recordLine = line;
      this.recordLine = recordLine;
      try {
        p = tokenise(p);
        if (fields == 0 || (fields == 1 && blankRecord())) {
          continue;
        }
        if (fields != layout.fieldCount) {
          throw new DelimitedInputException(
              layout.file,
              recordLine,
              null,
              null,
              "expected " + layout.fieldCount + " fields, found " + fields,
              null);
        }
        convert(recordLine);
      } catch (DelimitedInputException e) {
        if (!layout.skipInvalid) {
          throw e;
        }
        chunk.skipped++;
        if (chunk.invalid.size() < layout.listInvalid) {
          chunk.invalid.add(e);
        }
        line = recordLine;
        p = skipRecord(recordStart);
      }
    }
    chunk.lines = line - 1;
    codePending();
    trim();
    return chunk;
  }

  /** The batched dictionary pass: every pending category value gets its (provisional) code. */
  private void codePending() {
    for (int s = 0; s < pendingFrom.length; s++) {
      int[] from = pendingFrom[s];
      int[] to = pendingTo[s];
      SharedDictionary d = layout.dictionaries[s];
      if (from != null && to != null && d != null) {
        d.codePending(buf, (int[]) chunk.columns[s], from, to, chunk.rows);
      }
    }
  }

  private boolean blankRecord() {
    // one field, empty and unquoted: a blank line (only when that field is wanted do we know)
    return lastFieldEmptyUnquoted;
  }

  private boolean lastFieldEmptyUnquoted;

  /**
   * Tokenises one record starting at {@code p}; returns the position after its line break. Sets
   * {@link #fields} and the spans of wanted fields.
   */
  private int tokenise(int p) {
    final byte[] b = buf;
    final int end = to;
    final int sep = layout.separator;
    final boolean ws = sep == Layout.WHITESPACE;
    final int[] specOfField = layout.specOfField;
    final int fieldCount = specOfField.length;
    int field = 0;
    lastFieldEmptyUnquoted = false;
    while (true) {
      // leading blanks
      while (p < end && (b[p] == ' ' || b[p] == '\t') && b[p] != sep) {
        p++;
      }
      if (ws && (p >= end || b[p] == '\n' || (b[p] == '\r' && p + 1 < end && b[p + 1] == '\n'))) {
        // runs of white space: a line break after blanks ends the record
        fields = field;
        if (p >= end) {
          return p;
        }
        line++;
        return b[p] == '\r' ? p + 2 : p + 1;
      }
      int start;
      int stop;
      int flag = 0;
      if (p < end && b[p] == '"') {
        flag = QUOTED;
        start = p + 1;
        int q = start;
        while (true) {
          while (q < end && b[q] != '"') {
            if (b[q] == '\n') {
              line++;
            }
            q++;
          }
          if (q >= end) {
            throw new DelimitedInputException(
                layout.file,
                recordLine,
                label(field),
                null,
                "a quoted field is not closed before the end of the input",
                null);
          }
          if (q + 1 < end && b[q + 1] == '"') {
            flag |= ESCAPED;
            q += 2;
            continue;
          }
          break;
        }
        stop = q;
        p = q + 1;
        if (!ws) {
          while (p < end && (b[p] == ' ' || b[p] == '\t') && b[p] != sep) {
            p++;
          }
        }
        if (p < end
            && b[p] != sep
            && b[p] != '\n'
            && b[p] != '\r'
            && !(ws && (b[p] == ' ' || b[p] == '\t'))) {
          throw new DelimitedInputException(
              layout.file,
              recordLine,
              label(field),
              text(start, stop, flag),
              "unexpected text after the closing quote",
              null);
        }
      } else {
        start = p;
        if (ws) {
          while (p < end) {
            byte c = b[p];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"') {
              break;
            }
            p++;
          }
        } else {
          while (p < end) {
            byte c = b[p];
            if (c == sep || c == '\n' || c == '"') {
              break;
            }
            p++;
          }
        }
        if (p < end && b[p] == '"') {
          throw new DelimitedInputException(
              layout.file,
              recordLine,
              label(field),
              new String(b, start, Math.min(end, p + 1) - start, StandardCharsets.UTF_8),
              "a quote inside an unquoted field (quote the whole field and double the quote)",
              null);
        }
        stop = p;
        while (stop > start
            && (b[stop - 1] == ' ' || b[stop - 1] == '\t' || b[stop - 1] == '\r')
            && b[stop - 1] != sep) {
          stop--;
        }
        lastFieldEmptyUnquoted = stop == start;
      }
      if (field < fieldCount) {
        int spec = specOfField[field];
        if (spec >= 0) {
          starts[spec] = start;
          ends[spec] = stop;
          flags[spec] = flag;
        }
      }
      if (flag != 0) {
        lastFieldEmptyUnquoted = false;
      }
      field++;
      if (p >= end) {
        fields = field;
        return p;
      }
      byte c = b[p];
      if (c == '\n') {
        fields = field;
        line++;
        return p + 1;
      }
      if (c == '\r' && (p + 1 >= end || b[p + 1] == '\n')) {
        // CR LF, or a CR as the last byte
        fields = field;
        if (p + 1 < end) {
          line++;
          return p + 2;
        }
        return p + 1;
      }
      if (c == '\r' && !ws) {
        // a lone CR after a closing quote
        throw new DelimitedInputException(
            layout.file,
            recordLine,
            label(field - 1),
            null,
            "a carriage return without a line feed",
            null);
      }
      // a separator (or the start of a run of white space)
      p++;
      if (ws) {
        while (p < end && (b[p] == ' ' || b[p] == '\t')) {
          p++;
        }
        if (p >= end || b[p] == '\n' || (b[p] == '\r' && p + 1 < end && b[p + 1] == '\n')) {
          fields = field;
          if (p >= end) {
            return p;
          }
          line++;
          return b[p] == '\r' ? p + 2 : p + 1;
        }
      }
    }
  }

  /** After an error: the position after the record's end, quotes counted as the splitter does. */
  private int skipRecord(int p) {
    boolean inQuotes = false;
    while (p < to) {
      byte c = buf[p++];
      if (c == '"') {
        inQuotes = !inQuotes;
      } else if (c == '\n') {
        line++;
        if (!inQuotes) {
          return p;
        }
      }
    }
    return p;
  }

  private String label(int field) {
    int spec = field < layout.specOfField.length ? layout.specOfField[field] : -1;
    if (spec >= 0) {
      return layout.labels[spec];
    }
    return String.valueOf(field + 1);
  }

  private void convert(long recordLine) {
    int row = chunk.rows;
    if (row == capacity) {
      capacity = capacity + (capacity >> 1) + 16;
      for (int s = 0; s < chunk.columns.length; s++) {
        chunk.columns[s] = Chunk.resize(chunk.columns[s], capacity);
      }
      long[] rl = chunk.rowLines;
      if (rl != null) {
        chunk.rowLines = Arrays.copyOf(rl, capacity);
      }
      for (int s = 0; s < pendingFrom.length; s++) {
        int[] from = pendingFrom[s];
        int[] to = pendingTo[s];
        if (from != null && to != null) {
          pendingFrom[s] = Arrays.copyOf(from, capacity);
          pendingTo[s] = Arrays.copyOf(to, capacity);
        }
      }
    }
    ColumnSpec[] specs = layout.specs;
    boolean categories = false;
    for (int s = 0; s < specs.length; s++) {
      ColumnSpec spec = specs[s];
      int slot = layout.slotOfSpec[s];
      int start = starts[slot];
      int end = ends[slot];
      int flag = flags[slot];
      if (start == end) {
        if (!spec.optional) {
          throw error(recordLine, s, "", "expected " + spec.expected);
        }
        continue;
      }
      switch (spec.type) {
        case DOUBLE:
          {
            double v = parseDouble(start, end, flag);
            if (Double.isNaN(v)) {
              throw error(recordLine, s, text(start, end, flag), "expected " + spec.expected);
            }
            if (v < spec.min || v > spec.max) {
              throw rangeError(recordLine, s, spec);
            }
            ((double[]) chunk.columns[s])[row] = v;
            break;
          }
        case INT:
          {
            long v = parseLong(start, end, flag, recordLine, s);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
              throw error(recordLine, s, text(start, end, flag), "expected " + spec.expected);
            }
            if (v < spec.min || v > spec.max) {
              throw rangeError(recordLine, s, spec);
            }
            ((int[]) chunk.columns[s])[row] = (int) v;
            break;
          }
        case LONG:
          {
            long v = parseLong(start, end, flag, recordLine, s);
            if (v < spec.min || v > spec.max) {
              throw rangeError(recordLine, s, spec);
            }
            ((long[]) chunk.columns[s])[row] = v;
            break;
          }
        case DATE:
          ((int[]) chunk.columns[s])[row] = parseDate(start, end, flag, recordLine, s);
          break;
        case INSTANT:
          {
            String t = text(start, end, flag);
            try {
              ((long[]) chunk.columns[s])[row] = Instant.parse(t).toEpochMilli();
            } catch (DateTimeException | ArithmeticException e) {
              throw error(recordLine, s, t, "expected " + spec.expected);
            }
            break;
          }
        case TEXT:
          ((String[]) chunk.columns[s])[row] = text(start, end, flag);
          break;
        default:
          categories = true;
          break;
      }
    }
    // every check passed: now the record may enter dictionaries and missing masks
    for (int s = 0; s < specs.length; s++) {
      int slot = layout.slotOfSpec[s];
      int start = starts[slot];
      int end = ends[slot];
      ColumnType type = specs[s].type;
      if (start == end) {
        chunk.missing(s).set(row);
        sentinel(type, chunk.columns[s], row);
      } else if (categories && type == ColumnType.CATEGORY) {
        int code;
        if ((flags[slot] & ESCAPED) != 0) {
          SharedDictionary d = layout.dictionaries[s];
          int n = unescape(start, end);
          code = d.code(scratch, 0, n);
        } else {
          // looked up in the batched pass at the end of the chunk (see codePending)
          code = SharedDictionary.PENDING;
          pendingFrom[s][row] = start;
          pendingTo[s][row] = end;
        }
        ((int[]) chunk.columns[s])[row] = code;
      }
    }
    long[] rl = chunk.rowLines;
    if (rl != null) {
      rl[row] = recordLine;
    }
    chunk.rows = row + 1;
  }

  private static void sentinel(ColumnType type, Object column, int row) {
    switch (type) {
      case DOUBLE:
        ((double[]) column)[row] = Double.NaN;
        break;
      case LONG:
        ((long[]) column)[row] = 0;
        break;
      case INSTANT:
        ((long[]) column)[row] = Long.MIN_VALUE;
        break;
      case DATE:
        ((int[]) column)[row] = Integer.MIN_VALUE;
        break;
      case CATEGORY:
        ((int[]) column)[row] = -1;
        break;
      case TEXT:
        ((String[]) column)[row] = null;
        break;
      default:
        ((int[]) column)[row] = 0;
        break;
    }
  }

  private DelimitedInputException error(long recordLine, int spec, String value, String problem) {
    return new DelimitedInputException(
        layout.file, recordLine, layout.labels[spec], value, problem, null);
  }

  private DelimitedInputException rangeError(long recordLine, int s, ColumnSpec spec) {
    String problem = spec.rangeProblem;
    int slot = layout.slotOfSpec[s];
    return error(
        recordLine,
        s,
        text(starts[slot], ends[slot], flags[slot]),
        problem == null ? "expected " + spec.expected : problem);
  }

  private void trim() {
    long[] rl = chunk.rowLines;
    if (rl != null && rl.length != chunk.rows) {
      chunk.rowLines = Arrays.copyOf(rl, chunk.rows);
    }
    for (int s = 0; s < chunk.columns.length; s++) {
      if (Chunk.length(chunk.columns[s]) != chunk.rows) {
        chunk.columns[s] = Chunk.resize(chunk.columns[s], chunk.rows);
      }
    }
  }

  private int unescape(int start, int end) {
    if (scratch.length < end - start) {
      scratch = new byte[Math.max(end - start, scratch.length * 2)];
    }
    int n = 0;
    for (int i = start; i < end; i++) {
      byte c = buf[i];
      scratch[n++] = c;
      if (c == '"') {
        i++; // the doubled quote
      }
    }
    return n;
  }

  private String text(int start, int end, int flag) {
    if ((flag & ESCAPED) != 0) {
      int n = unescape(start, end);
      return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }
    return new String(buf, start, end - start, StandardCharsets.UTF_8);
  }

  /**
   * A decimal number: {@code [+-]digits[.digits][(e|E)[+-]digits]}, at least one digit; NaN when
   * the text is not one or the value is not finite. Exact (Clinger's fast path) when the digits fit
   * in 53 bits and the power of ten is at most 22, else through {@link Double#parseDouble}.
   */
  private double parseDouble(int start, int end, int flag) {
    if ((flag & ESCAPED) != 0) {
      return Double.NaN;
    }
    return parseDecimal(buf, start, end);
  }

  static double parseDecimal(byte[] b, int start, int end) {
    int i = start;
    boolean negative = false;
    if (b[i] == '-' || b[i] == '+') {
      negative = b[i] == '-';
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int exponent = 0;
    boolean digits = false;
    boolean truncated = false;
    while (i < end) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      digits = true;
      if (significant < 18) {
        mantissa = mantissa * 10 + d;
        if (mantissa != 0) {
          significant++;
        }
      } else {
        exponent++;
        truncated |= d != 0;
      }
      i++;
    }
    if (i < end && b[i] == '.') {
      i++;
      while (i < end) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        digits = true;
        if (significant < 18) {
          mantissa = mantissa * 10 + d;
          exponent--;
          if (mantissa != 0) {
            significant++;
          }
        } else {
          truncated |= d != 0;
        }
        i++;
      }
    }
    if (!digits) {
      return Double.NaN;
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < end && (b[i] == '-' || b[i] == '+')) {
        negativeExponent = b[i] == '-';
        i++;
      }
      int e = 0;
      boolean expDigits = false;
      while (i < end) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        expDigits = true;
        if (e < 100_000) {
          e = e * 10 + d;
        }
        i++;
      }
      if (!expDigits) {
        return Double.NaN;
      }
      exponent += negativeExponent ? -e : e;
    }
    if (i != end) {
      return Double.NaN;
    }
    double value;
    if (!truncated && mantissa < (1L << 53) && exponent >= -22 && exponent <= 22) {
      value = exponent < 0 ? mantissa / POWERS[-exponent] : mantissa * POWERS[exponent];
    } else if (mantissa == 0) {
      value = 0;
    } else {
      value =
          Math.abs(
              Double.parseDouble(new String(b, start, end - start, StandardCharsets.ISO_8859_1)));
    }
    if (Double.isInfinite(value)) {
      return Double.NaN;
    }
    return negative ? -value : value;
  }

  private long parseLong(int start, int end, int flag, long recordLine, int s) {
    int i = start;
    boolean negative = false;
    if ((flag & ESCAPED) == 0 && (buf[i] == '-' || buf[i] == '+')) {
      negative = buf[i] == '-';
      i++;
    }
    if (i == end || (flag & ESCAPED) != 0) {
      throw error(recordLine, s, text(start, end, flag), "expected " + layout.specs[s].expected);
    }
    long v = 0;
    int digitsStart = i;
    for (; i < end; i++) {
      if (buf[i] == '.' && i > digitsStart && zerosOnly(i + 1, end)) {
        break; // an integer written with a zero fraction, as spreadsheets export it: 9.0
      }
      int d = buf[i] - '0';
      if (d < 0 || d > 9 || v < (Long.MIN_VALUE + d) / 10) {
        throw error(recordLine, s, text(start, end, flag), "expected " + layout.specs[s].expected);
      }
      v = v * 10 - d;
    }
    if (!negative) {
      if (v == Long.MIN_VALUE) {
        throw error(recordLine, s, text(start, end, flag), "expected " + layout.specs[s].expected);
      }
      v = -v;
    }
    return v;
  }

  private boolean zerosOnly(int from, int end) {
    if (from == end) {
      return false;
    }
    for (int k = from; k < end; k++) {
      if (buf[k] != '0') {
        return false;
      }
    }
    return true;
  }

  private int parseDate(int start, int end, int flag, long recordLine, int s) {
    ColumnSpec spec = layout.specs[s];
    int n = end - start;
    int day = Integer.MIN_VALUE;
    if (spec.dateFormat == ColumnSpec.DateFormat.ISO) {
      if (n == 10 && buf[start + 4] == '-' && buf[start + 7] == '-') {
        day =
            epochDay(
                digits(start, start + 4), digits(start + 5, start + 7), digits(start + 8, end));
      }
    } else if (spec.dateFormat == ColumnSpec.DateFormat.BASIC) {
      if (n == 8) {
        day =
            epochDay(
                digits(start, start + 4), digits(start + 4, start + 6), digits(start + 6, end));
      }
    } else {
      java.time.format.DateTimeFormatter f = spec.formatter;
      if (f != null) {
        try {
          long d = LocalDate.parse(text(start, end, flag), f).toEpochDay();
          day = (int) d;
        } catch (DateTimeException e) {
          day = Integer.MIN_VALUE;
        }
      }
    }
    if (day == Integer.MIN_VALUE) {
      throw error(recordLine, s, text(start, end, flag), "expected " + spec.expected);
    }
    return day;
  }

  private int digits(int start, int end) {
    int v = 0;
    for (int i = start; i < end; i++) {
      int d = buf[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date, or MIN_VALUE if it does not exist. */
  static int epochDay(int year, int month, int day) {
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return Integer.MIN_VALUE;
    }
    boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    int length =
        month == 2
            ? (leap ? 29 : 28)
            : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
    if (day > length) {
      return Integer.MIN_VALUE;
    }
    // days before the year since 0000-03-01 style counting, with March as the first month
    int y = month <= 2 ? year - 1 : year;
    int m = month <= 2 ? month + 9 : month - 3;
    int era = Math.floorDiv(y, 400);
    int yoe = y - era * 400;
    int doy = (153 * m + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  static int[] copyOf(int[] a, int n) {
    return Arrays.copyOf(a, n);
  }
}
