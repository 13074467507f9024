/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tour's table of contents: the course chapters with the library's chapters placed in them as
 * sections, then the appendices, by the rule of {@link TourChapter} (the chapter's {@link
 * TourChapter#order()} alone decides).
 */
public final class TourOutline {

  /**
   * One part of the tour: a course chapter with its sections, or one appendix.
   *
   * @param number "1" to "8" for a course chapter, "A", "B", ... for an appendix
   * @param head the course chapter (or, for an appendix, the appendix's chapter); empty when no
   *     course chapter of that number is registered
   * @param sections the chapters placed in it, in order (none for an appendix)
   */
  public record Part(String number, Optional<TourChapter> head, List<TourChapter> sections) {

    /**
     * Copies the list.
     *
     * @param number the number
     * @param head the head
     * @param sections the sections
     */
    public Part {
      sections = List.copyOf(sections);
    }

    /**
     * Whether this part is an appendix.
     *
     * @return true for "A", "B", ...
     */
    public boolean appendix() {
      return !Character.isDigit(number.charAt(0));
    }

    /**
     * The head and the sections, in print order.
     *
     * @return the chapters
     */
    public List<TourChapter> chapters() {
      List<TourChapter> all = new ArrayList<>();
      head.ifPresent(all::add);
      all.addAll(sections);
      return all;
    }
  }

  /** The appendix pseudo-chapter number of {@link #place(int)}. */
  static final int APPENDIX = 0;

  private final List<Part> parts;

  private TourOutline(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /**
   * Where a chapter of the given order goes.
   *
   * @param order the chapter's order
   * @return the course chapter number 1 to 8, or {@link #APPENDIX}
   */
  public static int place(int order) {
    if (order >= 900 || order < 0) {
      return APPENDIX;
    }
    if (order >= 100) {
      return order / 100;
    }
    if (order >= 90) {
      return APPENDIX;
    }
    if (order >= 70 || (order >= 30 && order < 50)) {
      return 7;
    }
    if (order >= 60) {
      return 6;
    }
    if (order >= 50 || order >= 10 && order < 20) {
      return 4;
    }
    if (order >= 20) {
      return 3;
    }
    return 1;
  }

  /**
   * Lays out the chapters.
   *
   * @param chapters every chapter, in any order
   * @return the outline
   */
  public static TourOutline of(List<TourChapter> chapters) {
    List<TourChapter> sorted = new ArrayList<>(chapters);
    sorted.sort(Comparator.comparingInt(TourChapter::order));
    TreeMap<Integer, TourChapter> heads = new TreeMap<>();
    TreeMap<Integer, List<TourChapter>> sections = new TreeMap<>();
    List<TourChapter> appendices = new ArrayList<>();
    for (TourChapter c : sorted) {
      int n = place(c.order());
      if (n == APPENDIX) {
        appendices.add(c);
      } else if (c instanceof CourseChapter && c.order() == 100 * n && !heads.containsKey(n)) {
        heads.put(n, c);
      } else {
        sections.computeIfAbsent(n, k -> new ArrayList<>()).add(c);
      }
    }
    TreeMap<Integer, Boolean> numbers = new TreeMap<>();
    heads.keySet().forEach(n -> numbers.put(n, true));
    sections.keySet().forEach(n -> numbers.put(n, true));
    List<Part> parts = new ArrayList<>();
    for (int n : numbers.keySet()) {
      parts.add(
          new Part(
              String.valueOf(n),
              Optional.ofNullable(heads.get(n)),
              sections.getOrDefault(n, List.of())));
    }
    char letter = 'A';
    for (TourChapter c : appendices) {
      parts.add(new Part(String.valueOf(letter++), Optional.of(c), List.of()));
    }
    return new TourOutline(parts);
  }

  /**
   * The parts in print order.
   *
   * @return the parts
   */
  public List<Part> parts() {
    return parts;
  }

  /**
   * Every chapter in print order.
   *
   * @return heads and sections
   */
  public List<TourChapter> chapters() {
    List<TourChapter> all = new ArrayList<>();
    parts.forEach(p -> all.addAll(p.chapters()));
    return all;
  }

  /**
   * The number a chapter prints under: "7" for course chapter 7, "7.2" for its second section, "A"
   * for the first appendix.
   *
   * @param chapter a chapter of the outline
   * @return the number
   */
  public String numberOf(TourChapter chapter) {
    for (Part p : parts) {
      if (p.head().isPresent() && p.head().get() == chapter) {
        return p.number();
      }
      int i = p.sections().indexOf(chapter);
      if (i >= 0) {
        return p.number() + "." + (i + 1);
      }
    }
    throw new IllegalArgumentException("not in the outline: " + chapter.getClass().getName());
  }

  /**
   * The heading of a chapter: "Chapter 7. Title", "第 7 章 Title", "7.2 Title", "Appendix A. Title",
   * "附录 A 标题".
   *
   * @param chapter a chapter of the outline
   * @param tour the running tour, for the language and the title
   * @return the heading
   */
  public String heading(TourChapter chapter, Tour tour) {
    String number = numberOf(chapter);
    String title = chapter.title(tour);
    if (number.contains(".")) {
      return number + " " + title;
    }
    if (Character.isDigit(number.charAt(0))) {
      return tour.text("Chapter " + number + ". ", "第 " + number + " 章 ") + title;
    }
    return tour.text("Appendix " + number + ". ", "附录 " + number + " ") + title;
  }

  /**
   * The chapters that {@code --chapter} selects: a part's number ("5" runs chapter 5 with its
   * sections), a section's number ("7.2"), an appendix letter, a chapter's order ("70"), or text
   * contained in titles (a course chapter's title selects the whole part).
   *
   * @param selector what the user typed
   * @param tour the running tour, for the titles
   * @return the selected chapters in print order, empty when nothing matches
   */
  public List<TourChapter> select(String selector, Tour tour) {
    String s = selector.trim();
    List<TourChapter> selected = new ArrayList<>();
    for (Part p : parts) {
      if (p.number().equalsIgnoreCase(s)) {
        return p.chapters();
      }
    }
    for (TourChapter c : chapters()) {
      if (numberOf(c).equals(s) || String.valueOf(c.order()).equals(s)) {
        return partOf(c).orElse(List.of(c));
      }
    }
    String needle = s.toLowerCase(Locale.ROOT);
    for (Part p : parts) {
      boolean headMatches =
          p.head().isPresent()
              && p.head().get().title(tour).toLowerCase(Locale.ROOT).contains(needle);
      for (TourChapter c : p.chapters()) {
        if (headMatches || c.title(tour).toLowerCase(Locale.ROOT).contains(needle)) {
          selected.add(c);
        }
      }
    }
    return selected;
  }

  /** For a course chapter, its whole part. */
  private Optional<List<TourChapter>> partOf(TourChapter chapter) {
    for (Part p : parts) {
      if (p.head().isPresent() && p.head().get() == chapter && !p.appendix()) {
        return Optional.of(p.chapters());
      }
    }
    return Optional.empty();
  }

  /**
   * The part whose head is the given chapter.
   *
   * @param chapter a chapter
   * @return the part, or empty for a section
   */
  public Optional<Part> partHeadedBy(TourChapter chapter) {
    return parts.stream()
        .filter(p -> p.head().isPresent() && p.head().get() == chapter)
        .findFirst();
  }

  /**
   * The part a chapter is in.
   *
   * @param chapter a chapter
   * @return the part
   */
  public Part partOfChapter(TourChapter chapter) {
    return parts.stream()
        .filter(p -> p.chapters().contains(chapter))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not in the outline"));
  }
}
