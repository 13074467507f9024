package com.example.mp;

import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsCategory;
import io.github.cx4j.scoring.survey.NpsResult;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

/** Uses cx4j from the module path: labels, an NPS, and the internals stay closed. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws ClassNotFoundException, NoSuchMethodException {
    Module scoring = NpsCategory.class.getModule();
    if (!scoring.isNamed() || !scoring.getName().equals("io.github.cx4j.scoring")) {
      throw new IllegalStateException("cx4j-scoring is not a named module: " + scoring);
    }
    String zh = NpsCategory.PROMOTER.label(Locale.CHINESE);
    if (!"\u63a8\u8350\u8005".equals(zh)) {
      throw new IllegalStateException("wrong Chinese label: " + zh);
    }
    NpsResult nps = Nps.of(10, 9, 8, 7, 3);
    System.out.println("module path: " + scoring.getName());
    System.out.println("label: " + NpsCategory.PROMOTER.bilingualLabel().length() + " chars, zh ok");
    System.out.println("label: " + NpsCategory.PROMOTER.label(Locale.ENGLISH));
    System.out.println("NPS: " + nps.nps());
    if (scoring.isExported("io.github.cx4j.scoring.internal")) {
      throw new IllegalStateException("io.github.cx4j.scoring.internal is exported");
    }
    Class<?> stats = Class.forName("io.github.cx4j.scoring.internal.Stats");
    try {
      stats.getMethod("z", double.class, String.class).invoke(null, 0.95, "level");
      throw new IllegalStateException("io.github.cx4j.scoring.internal.Stats is accessible");
    } catch (IllegalAccessException expected) {
      System.out.println("internal: not accessible (" + expected.getClass().getSimpleName() + ")");
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
