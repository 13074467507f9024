/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.core.DisplayWidth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the chart blocks as standalone SVG: each SVG carries its own style, title and legend, so
 * that it can be saved on its own. Every data mark has the class {@code mark} and a {@code <title>}
 * child that shows its value on hover.
 */
final class Svg {
  static final int WIDTH = 760;
  static final int HEIGHT = 420;
  private static final int LEFT = 72;
  private static final int RIGHT = 24;
  private static final int TOP = 64;
  private static final int BOTTOM = 62;

  /** Okabe and Ito's palette, safe for colour-blind readers. */
  static final String[] PALETTE = {
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"
  };

  /** A sequential scale from light to dark (blue), for heatmaps. */
  private static final int[][] RAMP = {
    {247, 251, 255}, {198, 219, 239}, {107, 174, 214}, {33, 113, 181}, {8, 48, 107}
  };

  private static final String STYLE =
      "<style>text{font-family:system-ui,'Segoe UI','Noto Sans CJK SC','WenQuanYi Zen Hei',"
          + "'Microsoft YaHei',sans-serif;fill:#222;font-size:13px}.t{font-size:17px;"
          + "font-weight:600}.ax{stroke:#444;stroke-width:1}.gr{stroke:#ddd;stroke-width:1}"
          + ".al{font-size:13px;fill:#444}.tk{font-size:12px;fill:#444}.lg{font-size:13px}"
          + ".v{font-size:11px}.q{font-size:13px;fill:#777;font-style:italic}</style>";

  private Svg() {}

  static String render(Block block) {
    if (block instanceof BarChart b) {
      return bars(b);
    } else if (block instanceof LineChart l) {
      return lines(l);
    } else if (block instanceof Heatmap h) {
      return heatmap(h);
    } else if (block instanceof ScatterChart s) {
      return scatter(s);
    } else if (block instanceof PathDiagram p) {
      return path(p);
    } else if (block instanceof Pyramid p) {
      return pyramid(p);
    }
    throw new IllegalArgumentException("not a chart: " + block.id());
  }

  // ---------------------------------------------------------------- frame, scales, axes

  private static StringBuilder open(String id, String title, int width, int height) {
    StringBuilder s = new StringBuilder(4096);
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"svg-")
        .append(id)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(esc(title))
        .append("\">")
        .append(STYLE)
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>")
        .append("<text class=\"t\" x=\"12\" y=\"24\"")
        .append(
            width(title) > 100
                ? " style=\"font-size:12px\""
                : width(title) > 80 ? " style=\"font-size:14px\"" : "")
        .append('>')
        .append(esc(title))
        .append("</text>");
    return s;
  }

  private static String close(StringBuilder s) {
    return s.append("</svg>").toString();
  }

  /** A linear scale from a domain onto a pixel range. */
  record Scale(double d0, double d1, double r0, double r1) {
    double at(double v) {
      if (d1 == d0) {
        return (r0 + r1) / 2;
      }
      return r0 + (v - d0) / (d1 - d0) * (r1 - r0);
    }
  }

  /** Nice tick values covering {@code [lo, hi]}, about {@code count} of them. */
  static double[] ticks(double lo, double hi, int count) {
    if (hi <= lo) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    }
    double raw = (hi - lo) / count;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / mag;
    double step = (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * mag;
    double start = Math.floor(lo / step + 1e-9) * step;
    double end = Math.ceil(hi / step - 1e-9) * step;
    int n = (int) Math.round((end - start) / step) + 1;
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = start + i * step;
    }
    return t;
  }

  static String tick(double v, double step) {
    int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
    double rounded = Math.abs(v) < step * 1e-6 ? 0 : v;
    if (Math.abs(rounded) >= 1e6 && decimals == 0) {
      return compact(rounded / 1e6) + "M";
    }
    if (Math.abs(rounded) >= 10_000 && decimals == 0) {
      return compact(rounded / 1e3) + "k";
    }
    return String.format(Locale.ROOT, "%." + Math.min(decimals, 6) + "f", rounded);
  }

  private static String compact(double v) {
    return v == Math.rint(v)
        ? String.format(Locale.ROOT, "%d", (long) v)
        : String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * The colon after a name in a tooltip: full-width after a Chinese name ({@code 实际：1,411}), {@code
   * ": "} otherwise.
   */
  static String colon(String before) {
    if (before.isEmpty()) {
      return ": ";
    }
    int last = before.codePointBefore(before.length());
    boolean cjk =
        Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN
            || (last >= 0xFF00 && last <= 0xFFEF)
            || (last >= 0x3000 && last <= 0x303F);
    return cjk ? "：" : ": ";
  }

  static String num(double v) {
    double a = Math.abs(v);
    if (v == Math.rint(v) && a < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (a >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static void yAxis(
      StringBuilder s, Scale y, double[] ticks, int x0, int x1, String label) {
    double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
    for (double t : ticks) {
      double py = y.at(t);
      s.append(line(x0, py, x1, py, "gr"));
      s.append(text(x0 - 6, py + 4, "tk", "end", tick(t, step)));
    }
    s.append(line(x0, y.r0(), x0, y.r1(), "ax"));
    double mid = (y.r0() + y.r1()) / 2;
    s.append("<text class=\"al\" text-anchor=\"middle\" transform=\"translate(16,")
        .append(f(mid))
        .append(") rotate(-90)\">")
        .append(esc(label))
        .append("</text>");
  }

  private static void xAxis(
      StringBuilder s, Scale x, double[] ticks, int y0, int y1, String label, boolean grid) {
    double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
    for (double t : ticks) {
      double px = x.at(t);
      if (grid) {
        s.append(line(px, y0, px, y1, "gr"));
      }
      s.append(text(px, y0 + 18, "tk", "middle", tick(t, step)));
    }
    s.append(line(x.r0(), y0, x.r1(), y0, "ax"));
    s.append(text((x.r0() + x.r1()) / 2, y0 + 42, "al", "middle", label));
  }

  private static void legend(StringBuilder s, List<String> names, List<String> colours, int y) {
    if (names.size() < 2 && colours.size() < 2) {
      return;
    }
    double x = LEFT;
    for (int i = 0; i < names.size(); i++) {
      s.append("<rect x=\"")
          .append(f(x))
          .append("\" y=\"")
          .append(y - 10)
          .append("\" width=\"12\" height=\"12\" fill=\"")
          .append(colours.get(i))
          .append("\"/>");
      s.append(text(x + 17, y, "lg", "start", names.get(i)));
      x += 30 + 7.5 * width(names.get(i));
    }
  }

  /**
   * Display width in columns, wide and fullwidth characters counting two ({@link DisplayWidth}).
   */
  static int width(String t) {
    return DisplayWidth.of(t);
  }

  private static String line(double x1, double y1, double x2, double y2, String cls) {
    return "<line class=\""
        + cls
        + "\" x1=\""
        + f(x1)
        + "\" y1=\""
        + f(y1)
        + "\" x2=\""
        + f(x2)
        + "\" y2=\""
        + f(y2)
        + "\"/>";
  }

  private static String text(double x, double y, String cls, String anchor, String body) {
    return "<text class=\""
        + cls
        + "\" x=\""
        + f(x)
        + "\" y=\""
        + f(y)
        + "\" text-anchor=\""
        + anchor
        + "\">"
        + esc(body)
        + "</text>";
  }

  static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String colour(int i) {
    return PALETTE[i % PALETTE.length];
  }

  // ---------------------------------------------------------------- bars

  private static String bars(BarChart c) {
    int n = c.categories().size();
    int k = c.series().size();
    double lo = 0;
    double hi = 0;
    for (BarChart.Series s : c.series()) {
      for (int i = 0; i < n; i++) {
        lo = Math.min(lo, s.values().get(i));
        hi = Math.max(hi, s.values().get(i));
        if (s.intervals().isPresent()) {
          lo = Math.min(lo, s.intervals().get().get(i).low());
          hi = Math.max(hi, s.intervals().get().get(i).high());
        }
      }
    }
    double[] ticks = ticks(lo, hi, 5);
    List<String> names = c.series().stream().map(BarChart.Series::name).toList();
    List<String> colours = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      colours.add(colour(j));
    }
    int maxLabel = c.categories().stream().mapToInt(Svg::width).max().orElse(1);
    if (c.horizontal()) {
      int left = Math.min(240, Math.max(LEFT, 16 + 7 * maxLabel));
      int height = Math.max(HEIGHT, TOP + BOTTOM + n * Math.max(14, 8 * k + 6));
      StringBuilder s = open(c.id(), c.title(), WIDTH, height);
      legend(s, names, colours, 48);
      Scale x = new Scale(ticks[0], ticks[ticks.length - 1], left, WIDTH - RIGHT);
      xAxis(s, x, ticks, height - BOTTOM, TOP, c.yLabel(), true);
      double band = (height - BOTTOM - TOP) / (double) n;
      double bar = band * 0.8 / k;
      for (int i = 0; i < n; i++) {
        double y0 = TOP + i * band + band * 0.1;
        s.append(text(left - 6, TOP + (i + 0.5) * band + 4, "tk", "end", c.categories().get(i)));
        for (int j = 0; j < k; j++) {
          BarChart.Series ser = c.series().get(j);
          double v = ser.values().get(i);
          double a = x.at(Math.min(0, v));
          double b = x.at(Math.max(0, v));
          double by = y0 + j * bar;
          rect(s, a, by, Math.max(b - a, 0.5), bar * 0.92, colour(j), tip(c, i, ser, v));
          if (ser.intervals().isPresent()) {
            Range r = ser.intervals().get().get(i);
            double cy = by + bar * 0.46;
            s.append(whisker(x.at(r.low()), cy, x.at(r.high()), cy, true));
          }
          if (k == 1 && n <= 30) {
            double end = b;
            if (ser.intervals().isPresent()) {
              end = Math.max(end, x.at(ser.intervals().get().get(i).high()));
            }
            s.append(text(end + 6, by + bar * 0.46 + 4, "v", "start", num(v)));
          }
        }
      }
      return close(s);
    }
    int bottom = BOTTOM + (n > 8 && maxLabel > 4 ? Math.min(90, 6 * maxLabel) : 0);
    int height = HEIGHT + bottom - BOTTOM;
    StringBuilder s = open(c.id(), c.title(), WIDTH, height);
    legend(s, names, colours, 48);
    Scale y = new Scale(ticks[0], ticks[ticks.length - 1], height - bottom, TOP);
    yAxis(s, y, ticks, LEFT, WIDTH - RIGHT, c.yLabel());
    double band = (WIDTH - RIGHT - LEFT) / (double) n;
    double bar = band * 0.8 / k;
    int every = Math.max(1, (int) Math.ceil(n / 40.0));
    boolean rotate = n > 8 && maxLabel > 4;
    for (int i = 0; i < n; i++) {
      double x0 = LEFT + i * band + band * 0.1;
      double cx = LEFT + (i + 0.5) * band;
      if (i % every == 0) {
        if (rotate) {
          s.append("<text class=\"tk\" text-anchor=\"end\" transform=\"translate(")
              .append(f(cx + 4))
              .append(',')
              .append(height - bottom + 14)
              .append(") rotate(-40)\">")
              .append(esc(c.categories().get(i)))
              .append("</text>");
        } else {
          s.append(text(cx, height - bottom + 18, "tk", "middle", c.categories().get(i)));
        }
      }
      for (int j = 0; j < k; j++) {
        BarChart.Series ser = c.series().get(j);
        double v = ser.values().get(i);
        double top = y.at(Math.max(0, v));
        double base = y.at(Math.min(0, v));
        double bx = x0 + j * bar;
        rect(s, bx, top, bar * 0.92, Math.max(base - top, 0.5), colour(j), tip(c, i, ser, v));
        if (ser.intervals().isPresent()) {
          Range r = ser.intervals().get().get(i);
          double cx2 = bx + bar * 0.46;
          s.append(whisker(cx2, y.at(r.low()), cx2, y.at(r.high()), false));
        }
        if (bar >= 40 || (k == 1 && n <= 16)) {
          double above = top;
          if (ser.intervals().isPresent()) {
            above = Math.min(above, y.at(ser.intervals().get().get(i).high()));
          }
          s.append(
              text(
                  bx + bar * 0.46 + (ser.intervals().isPresent() ? 8 : 0),
                  above - 5,
                  "v",
                  ser.intervals().isPresent() ? "start" : "middle",
                  num(v)));
        }
      }
    }
    for (int mi = 0; mi < c.markers().size(); mi++) {
      LineChart.Marker m = c.markers().get(mi);
      double mx = LEFT + m.x() * band;
      s.append("<line x1=\"")
          .append(f(mx))
          .append("\" y1=\"")
          .append(TOP)
          .append("\" x2=\"")
          .append(f(mx))
          .append("\" y2=\"")
          .append(height - bottom)
          .append("\" stroke=\"#D55E00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
      s.append(text(mx + 4, TOP + 12 + 16 * mi, "q", "start", m.label()));
    }
    s.append(text((LEFT + WIDTH - RIGHT) / 2.0, height - 12, "al", "middle", c.xLabel()));
    return close(s);
  }

  private static String tip(BarChart c, int i, BarChart.Series ser, double v) {
    String tip = c.categories().get(i) + " · " + ser.name() + colon(ser.name()) + num(v);
    if (ser.intervals().isPresent()) {
      Range r = ser.intervals().get().get(i);
      tip += " [" + num(r.low()) + ", " + num(r.high()) + "]";
    }
    return tip;
  }

  private static void rect(
      StringBuilder s, double x, double y, double w, double h, String fill, String tip) {
    s.append("<rect class=\"mark\" x=\"")
        .append(f(x))
        .append("\" y=\"")
        .append(f(y))
        .append("\" width=\"")
        .append(f(w))
        .append("\" height=\"")
        .append(f(h))
        .append("\" fill=\"")
        .append(fill)
        .append("\"><title>")
        .append(esc(tip))
        .append("</title></rect>");
  }

  private static String whisker(double x1, double y1, double x2, double y2, boolean horizontal) {
    StringBuilder w = new StringBuilder();
    w.append("<g stroke=\"#222\" stroke-width=\"1.5\">").append(line(x1, y1, x2, y2, "w"));
    if (horizontal) {
      w.append(line(x1, y1 - 4, x1, y1 + 4, "w")).append(line(x2, y2 - 4, x2, y2 + 4, "w"));
    } else {
      w.append(line(x1 - 4, y1, x1 + 4, y1, "w")).append(line(x2 - 4, y2, x2 + 4, y2, "w"));
    }
    return w.append("</g>").toString();
  }

  // ---------------------------------------------------------------- lines

  private static String lines(LineChart c) {
    double xlo = Double.POSITIVE_INFINITY;
    double xhi = Double.NEGATIVE_INFINITY;
    double ylo = Double.POSITIVE_INFINITY;
    double yhi = Double.NEGATIVE_INFINITY;
    for (LineChart.Series s : c.series()) {
      for (int i = 0; i < s.x().size(); i++) {
        xlo = Math.min(xlo, s.x().get(i));
        xhi = Math.max(xhi, s.x().get(i));
        ylo = Math.min(ylo, s.y().get(i));
        yhi = Math.max(yhi, s.y().get(i));
        if (s.band().isPresent()) {
          ylo = Math.min(ylo, s.band().get().get(i).low());
          yhi = Math.max(yhi, s.band().get().get(i).high());
        }
      }
    }
    if (c.marker().isPresent()) {
      xlo = Math.min(xlo, c.marker().get().x());
      xhi = Math.max(xhi, c.marker().get().x());
    }
    if (!Double.isFinite(xlo)) {
      xlo = 0;
      xhi = 1;
      ylo = 0;
      yhi = 1;
    }
    if (ylo >= 0 && c.series().stream().noneMatch(ser -> ser.band().isPresent())) {
      ylo = 0;
    }
    double[] yt = ticks(ylo, yhi, 5);
    StringBuilder s = open(c.id(), c.title(), WIDTH, HEIGHT);
    List<String> names = c.series().stream().map(LineChart.Series::name).toList();
    List<String> colours = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      colours.add(colour(j));
    }
    legend(s, names, colours, 48);
    Scale y = new Scale(yt[0], yt[yt.length - 1], HEIGHT - BOTTOM, TOP);
    yAxis(s, y, yt, LEFT, WIDTH - RIGHT, c.yLabel());
    Scale x;
    int y0 = HEIGHT - BOTTOM;
    if (c.xTicks().isPresent()) {
      List<String> labels = c.xTicks().get();
      double pad = 0.5;
      x = new Scale(-pad, Math.max(labels.size() - 1, 0) + pad, LEFT, WIDTH - RIGHT);
      int every = Math.max(1, (int) Math.ceil(labels.size() / 12.0));
      for (int i = 0; i < labels.size(); i += every) {
        s.append(text(x.at(i), y0 + 18, "tk", "middle", labels.get(i)));
      }
      s.append(line(LEFT, y0, WIDTH - RIGHT, y0, "ax"));
      s.append(text((LEFT + WIDTH - RIGHT) / 2.0, y0 + 42, "al", "middle", c.xLabel()));
    } else {
      double[] xt = ticks(xlo, xhi, 8);
      x = new Scale(xt[0], xt[xt.length - 1], LEFT, WIDTH - RIGHT);
      xAxis(s, x, xt, y0, TOP, c.xLabel(), false);
    }
    if (c.marker().isPresent()) {
      double mx = x.at(c.marker().get().x());
      s.append("<line x1=\"")
          .append(f(mx))
          .append("\" y1=\"")
          .append(TOP)
          .append("\" x2=\"")
          .append(f(mx))
          .append("\" y2=\"")
          .append(y0)
          .append("\" stroke=\"#888\" stroke-dasharray=\"6 4\"/>");
      s.append(text(mx + 4, TOP + 12, "q", "start", c.marker().get().label()));
    }
    for (int j = 0; j < c.series().size(); j++) {
      LineChart.Series ser = c.series().get(j);
      String col = colour(j);
      int n = ser.x().size();
      if (ser.band().isPresent() && n > 0) {
        StringBuilder band = new StringBuilder();
        for (int i = 0; i < n; i++) {
          band.append(i == 0 ? 'M' : 'L')
              .append(f(x.at(ser.x().get(i))))
              .append(',')
              .append(f(y.at(ser.band().get().get(i).high())));
        }
        for (int i = n - 1; i >= 0; i--) {
          band.append('L')
              .append(f(x.at(ser.x().get(i))))
              .append(',')
              .append(f(y.at(ser.band().get().get(i).low())));
        }
        s.append("<path d=\"")
            .append(band)
            .append("Z\" fill=\"")
            .append(col)
            .append("\" fill-opacity=\"0.18\" stroke=\"none\"/>");
      }
      if (n > 1) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < n; i++) {
          d.append(i == 0 ? 'M' : 'L')
              .append(f(x.at(ser.x().get(i))))
              .append(',')
              .append(f(y.at(ser.y().get(i))));
        }
        s.append("<path d=\"")
            .append(d)
            .append("\" fill=\"none\" stroke=\"")
            .append(col)
            .append("\" stroke-width=\"2.2\"")
            .append(ser.dashed() ? " stroke-dasharray=\"7 4\"" : "")
            .append("/>");
      }
      double r = n > 120 ? 1.6 : 3.2;
      for (int i = 0; i < n; i++) {
        String label =
            c.xTicks().isPresent()
                    && ser.x().get(i) >= 0
                    && ser.x().get(i) < c.xTicks().get().size()
                ? c.xTicks().get().get((int) Math.round(ser.x().get(i)))
                : num(ser.x().get(i));
        String tip = ser.name() + " · " + label + colon(label) + num(ser.y().get(i));
        if (ser.band().isPresent()) {
          Range b = ser.band().get().get(i);
          tip += " [" + num(b.low()) + ", " + num(b.high()) + "]";
        }
        s.append("<circle class=\"mark\" cx=\"")
            .append(f(x.at(ser.x().get(i))))
            .append("\" cy=\"")
            .append(f(y.at(ser.y().get(i))))
            .append("\" r=\"")
            .append(r)
            .append("\" fill=\"")
            .append(col)
            .append("\"><title>")
            .append(esc(tip))
            .append("</title></circle>");
      }
    }
    return close(s);
  }

  // ---------------------------------------------------------------- heatmap

  static String ramp(double t) {
    double u = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
    int i = Math.min(RAMP.length - 2, (int) Math.floor(u));
    double w = u - i;
    int[] a = RAMP[i];
    int[] b = RAMP[i + 1];
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        Math.round(a[0] + w * (b[0] - a[0])),
        Math.round(a[1] + w * (b[1] - a[1])),
        Math.round(a[2] + w * (b[2] - a[2])));
  }

  private static String heatmap(Heatmap h) {
    int rows = h.rows().size();
    int cols = h.columns().size();
    int maxRow = h.rows().stream().mapToInt(Svg::width).max().orElse(1);
    int left = Math.min(200, Math.max(LEFT, 40 + 7 * maxRow));
    int legendWidth = 70;
    double cellW = (WIDTH - left - RIGHT - legendWidth) / (double) Math.max(cols, 1);
    double cellH = Math.max(12, Math.min(40, 300.0 / Math.max(rows, 1)));
    int height = (int) Math.ceil(TOP + rows * cellH + BOTTOM);
    StringBuilder s = open(h.id(), h.title(), WIDTH, height);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Heatmap.Cell c : h.cells()) {
      lo = Math.min(lo, c.value());
      hi = Math.max(hi, c.value());
    }
    if (!Double.isFinite(lo)) {
      lo = 0;
      hi = 1;
    }
    boolean texts = cellW >= 30 && cellH >= 16;
    for (Heatmap.Cell c : h.cells()) {
      double t = hi > lo ? (c.value() - lo) / (hi - lo) : 0.5;
      double x = left + c.column() * cellW;
      double y = TOP + c.row() * cellH;
      String v = String.format(Locale.ROOT, "%,." + h.decimals() + "f", c.value());
      rect(
          s,
          x,
          y,
          cellW - 1,
          cellH - 1,
          ramp(t),
          h.rows().get(c.row())
              + " · "
              + h.columns().get(c.column())
              + colon(h.columns().get(c.column()))
              + v);
      if (texts) {
        s.append("<text class=\"v\" x=\"")
            .append(f(x + cellW / 2))
            .append("\" y=\"")
            .append(f(y + cellH / 2 + 4))
            .append("\" text-anchor=\"middle\"")
            .append(t > 0.55 ? " style=\"fill:#fff\"" : "")
            .append('>')
            .append(esc(v))
            .append("</text>");
      }
    }
    int everyRow = Math.max(1, (int) Math.ceil(rows / 25.0));
    for (int r = 0; r < rows; r += everyRow) {
      s.append(text(left - 6, TOP + (r + 0.5) * cellH + 4, "tk", "end", h.rows().get(r)));
    }
    int maxCol = h.columns().stream().mapToInt(Svg::width).max().orElse(1);
    int everyCol = Math.max(1, (int) Math.ceil(cols * Math.max(maxCol, 2) * 7.5 / (cols * cellW)));
    double gridBottom = TOP + rows * cellH;
    for (int c = 0; c < cols; c += everyCol) {
      s.append(text(left + (c + 0.5) * cellW, gridBottom + 16, "tk", "middle", h.columns().get(c)));
    }
    s.append(text(left + cols * cellW / 2, gridBottom + 40, "al", "middle", h.xLabel()));
    s.append("<text class=\"al\" text-anchor=\"middle\" transform=\"translate(16,")
        .append(f(TOP + rows * cellH / 2))
        .append(") rotate(-90)\">")
        .append(esc(h.yLabel()))
        .append("</text>");
    // colour legend
    double lx = WIDTH - RIGHT - legendWidth + 20;
    double lh = Math.min(200, rows * cellH);
    for (int i = 0; i < 20; i++) {
      s.append("<rect x=\"")
          .append(f(lx))
          .append("\" y=\"")
          .append(f(TOP + lh - (i + 1) * lh / 20))
          .append("\" width=\"14\" height=\"")
          .append(f(lh / 20 + 0.5))
          .append("\" fill=\"")
          .append(ramp(i / 19.0))
          .append("\"/>");
    }
    String fmt = "%,." + h.decimals() + "f";
    s.append(text(lx + 18, TOP + 10, "tk", "start", String.format(Locale.ROOT, fmt, hi)));
    s.append(text(lx + 18, TOP + lh, "tk", "start", String.format(Locale.ROOT, fmt, lo)));
    return close(s);
  }

  // ---------------------------------------------------------------- scatter

  private static String scatter(ScatterChart c) {
    double xlo = Double.POSITIVE_INFINITY;
    double xhi = Double.NEGATIVE_INFINITY;
    double ylo = Double.POSITIVE_INFINITY;
    double yhi = Double.NEGATIVE_INFINITY;
    for (ScatterChart.Point p : c.points()) {
      xlo = Math.min(xlo, p.x());
      xhi = Math.max(xhi, p.x());
      ylo = Math.min(ylo, p.y());
      yhi = Math.max(yhi, p.y());
    }
    if (c.crosshairs().isPresent()) {
      xlo = Math.min(xlo, c.crosshairs().get().x());
      xhi = Math.max(xhi, c.crosshairs().get().x());
      ylo = Math.min(ylo, c.crosshairs().get().y());
      yhi = Math.max(yhi, c.crosshairs().get().y());
    }
    if (!Double.isFinite(xlo)) {
      xlo = 0;
      xhi = 1;
      ylo = 0;
      yhi = 1;
    }
    double px = Math.max((xhi - xlo) * 0.12, 1e-9);
    double py = Math.max((yhi - ylo) * 0.12, 1e-9);
    // shares and coefficients within 0..1 keep their natural bounds
    double[] xt =
        ticks(
            xlo >= 0 ? Math.max(0, xlo - px) : xlo - px,
            xhi <= 1 && xlo >= 0 ? Math.min(1, xhi + px) : xhi + px,
            6);
    double[] yt =
        ticks(
            ylo >= 0 ? Math.max(0, ylo - py) : ylo - py,
            yhi <= 1 && ylo >= 0 ? Math.min(1, yhi + py) : yhi + py,
            6);
    StringBuilder s = open(c.id(), c.title(), WIDTH, HEIGHT);
    Map<String, String> groups = new LinkedHashMap<>();
    for (ScatterChart.Point p : c.points()) {
      groups.computeIfAbsent(p.group(), g -> colour(groups.size()));
    }
    legend(s, new ArrayList<>(groups.keySet()), new ArrayList<>(groups.values()), 48);
    Scale y = new Scale(yt[0], yt[yt.length - 1], HEIGHT - BOTTOM, TOP);
    Scale x = new Scale(xt[0], xt[xt.length - 1], LEFT, WIDTH - RIGHT);
    yAxis(s, y, yt, LEFT, WIDTH - RIGHT, c.yLabel());
    xAxis(s, x, xt, HEIGHT - BOTTOM, TOP, c.xLabel(), true);
    if (c.crosshairs().isPresent()) {
      ScatterChart.Crosshairs q = c.crosshairs().get();
      double cx = x.at(q.x());
      double cy = y.at(q.y());
      s.append("<g stroke=\"#555\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\">")
          .append(line(cx, TOP, cx, HEIGHT - BOTTOM, "c"))
          .append(line(LEFT, cy, WIDTH - RIGHT, cy, "c"))
          .append("</g>");
      s.append(text(LEFT + 8, TOP + 16, "q", "start", q.topLeft()));
      s.append(text(WIDTH - RIGHT - 8, TOP + 16, "q", "end", q.topRight()));
      s.append(text(LEFT + 8, HEIGHT - BOTTOM - 8, "q", "start", q.bottomLeft()));
      s.append(text(WIDTH - RIGHT - 8, HEIGHT - BOTTOM - 8, "q", "end", q.bottomRight()));
    }
    for (ScatterChart.Point p : c.points()) {
      double cx = x.at(p.x());
      double cy = y.at(p.y());
      s.append("<circle class=\"mark\" cx=\"")
          .append(f(cx))
          .append("\" cy=\"")
          .append(f(cy))
          .append("\" r=\"6\" fill=\"")
          .append(groups.getOrDefault(p.group(), PALETTE[0]))
          .append("\" stroke=\"#fff\" stroke-width=\"1\"><title>")
          .append(esc(p.label() + " (" + p.group() + "): " + num(p.x()) + ", " + num(p.y())))
          .append("</title></circle>");
      boolean right = cx < WIDTH - RIGHT - 120;
      s.append(text(right ? cx + 9 : cx - 9, cy - 7, "lg", right ? "start" : "end", p.label()));
    }
    return close(s);
  }

  // ---------------------------------------------------------------- path diagram

  private static String path(PathDiagram p) {
    int boxW = 150;
    int boxH = 62;
    StringBuilder s = open(p.id(), p.title(), WIDTH, HEIGHT + 40);
    s.append(
        "<defs><marker id=\"arrow-"
            + p.id()
            + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"11\""
            + " markerHeight=\"11\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\""
            + " fill=\"#444\"/></marker></defs>");
    Map<String, double[]> centre = new LinkedHashMap<>();
    for (PathDiagram.Node n : p.nodes()) {
      double cx = 20 + boxW / 2.0 + n.x() * (WIDTH - 40 - boxW);
      double cy = TOP + boxH / 2.0 + n.y() * (HEIGHT + 40 - TOP - 30 - boxH);
      centre.put(n.name(), new double[] {cx, cy});
    }
    double maxAbs = 1e-9;
    for (PathDiagram.Edge e : p.edges()) {
      maxAbs = Math.max(maxAbs, Math.abs(e.coefficient()));
    }
    for (PathDiagram.Edge e : p.edges()) {
      double[] a = java.util.Objects.requireNonNull(centre.get(e.from()));
      double[] b = java.util.Objects.requireNonNull(centre.get(e.to()));
      double[] start = clip(a, b, boxW / 2.0 + 2, boxH / 2.0 + 2);
      double[] end = clip(b, a, boxW / 2.0 + 4, boxH / 2.0 + 4);
      double w = 1 + 3.5 * Math.abs(e.coefficient()) / maxAbs;
      s.append("<line class=\"mark\" x1=\"")
          .append(f(start[0]))
          .append("\" y1=\"")
          .append(f(start[1]))
          .append("\" x2=\"")
          .append(f(end[0]))
          .append("\" y2=\"")
          .append(f(end[1]))
          .append("\" stroke=\"")
          .append(e.coefficient() < 0 ? "#D55E00" : "#444")
          .append("\" stroke-width=\"")
          .append(f(w))
          .append("\" marker-end=\"url(#arrow-")
          .append(p.id())
          .append(")\"><title>")
          .append(
              esc(
                  e.from()
                      + " → "
                      + e.to()
                      + colon(e.to())
                      + String.format(Locale.ROOT, "%.3f", e.coefficient())))
          .append("</title></line>");
      double mx = (start[0] + end[0]) / 2;
      double my = (start[1] + end[1]) / 2;
      String label = String.format(Locale.ROOT, "%.2f", e.coefficient());
      s.append("<rect x=\"")
          .append(f(mx - 17))
          .append("\" y=\"")
          .append(f(my - 10))
          .append("\" width=\"34\" height=\"17\" rx=\"3\" fill=\"#fff\" fill-opacity=\"0.9\"/>");
      s.append(text(mx, my + 3, "v", "middle", label));
    }
    for (PathDiagram.Node n : p.nodes()) {
      double[] c = java.util.Objects.requireNonNull(centre.get(n.name()));
      double x = c[0] - boxW / 2.0;
      double y = c[1] - boxH / 2.0;
      s.append("<rect class=\"mark\" x=\"")
          .append(f(x))
          .append("\" y=\"")
          .append(f(y))
          .append("\" width=\"")
          .append(boxW)
          .append("\" height=\"")
          .append(boxH)
          .append("\" rx=\"8\" fill=\"#e8f1fa\" stroke=\"#0072B2\" stroke-width=\"1.5\"><title>")
          .append(esc(n.name()))
          .append("</title></rect>");
      s.append(text(c[0], y + 19, "lg", "middle", n.name()));
      StringBuilder line2 = new StringBuilder();
      n.index().ifPresent(v -> line2.append(String.format(Locale.ROOT, "%.1f / 100", v)));
      s.append(text(c[0], y + 37, "v", "middle", line2.toString()));
      n.rSquared()
          .ifPresent(
              r ->
                  s.append(
                      text(
                          c[0],
                          y + 53,
                          "v",
                          "middle",
                          String.format(Locale.ROOT, "R² = %.2f", r))));
    }
    return close(s);
  }

  /** The point where the segment from {@code a} to {@code b} leaves a box of half-sizes hw, hh. */
  static double[] clip(double[] a, double[] b, double hw, double hh) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double tx = dx == 0 ? Double.POSITIVE_INFINITY : hw / Math.abs(dx);
    double ty = dy == 0 ? Double.POSITIVE_INFINITY : hh / Math.abs(dy);
    double t = Math.min(Math.min(tx, ty), 1);
    return new double[] {a[0] + t * dx, a[1] + t * dy};
  }

  // ---------------------------------------------------------------- pyramid

  private static String pyramid(Pyramid p) {
    int n = p.levels().size();
    StringBuilder s = open(p.id(), p.title(), WIDTH, HEIGHT);
    double top = TOP;
    double bottom = HEIGHT - 30;
    double cx = 260;
    double half = 230;
    double h = (bottom - top) / n;
    for (int i = 0; i < n; i++) {
      Pyramid.Level l = p.levels().get(i);
      double y0 = top + i * h;
      double y1 = y0 + h - 3;
      double w0 = half * (i / (double) n) + 12;
      double w1 = half * ((i + 1) / (double) n);
      String points =
          f(cx - w0)
              + ","
              + f(y0)
              + " "
              + f(cx + w0)
              + ","
              + f(y0)
              + " "
              + f(cx + w1)
              + ","
              + f(y1)
              + " "
              + f(cx - w1)
              + ","
              + f(y1);
      String tip =
          l.label()
              + colon(l.label())
              + l.customers()
              + " ("
              + ReportText.percent(l.customerShare())
              + "), "
              + ReportText.percent(l.valueShare());
      s.append("<polygon class=\"mark\" points=\"")
          .append(points)
          .append("\" fill=\"")
          .append(ramp(1 - i / (double) Math.max(n - 1, 1) * 0.8))
          .append("\"><title>")
          .append(esc(tip))
          .append("</title></polygon>");
      s.append(
          "<text class=\"lg\" x=\""
              + f(cx)
              + "\" y=\""
              + f((y0 + y1) / 2 + 5)
              + "\" text-anchor=\"middle\" style=\"fill:"
              + (i < n - 1 ? "#fff" : "#222")
              + ";font-weight:600\">"
              + esc(l.label())
              + "</text>");
      s.append(
          text(
              cx + half + 30,
              (y0 + y1) / 2 + 5,
              "lg",
              "start",
              String.format(
                  Locale.ROOT,
                  "%,d  ·  %s  →  %s",
                  l.customers(),
                  ReportText.percent(l.customerShare()),
                  ReportText.percent(l.valueShare()))));
    }
    return close(s);
  }
}
