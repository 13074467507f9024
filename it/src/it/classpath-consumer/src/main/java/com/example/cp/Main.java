package com.example.cp;

import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsCategory;
import io.github.cx4j.scoring.survey.NpsResult;
import java.util.Locale;

/** Uses cx4j from the class path: a bilingual label and an NPS. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String zh = NpsCategory.PROMOTER.label(Locale.CHINESE);
    if (!"\u63a8\u8350\u8005".equals(zh)) {
      throw new IllegalStateException("wrong Chinese label: " + zh);
    }
    NpsResult nps = Nps.of(10, 9, 8, 7, 3);
    System.out.println("class path: named module = " + NpsCategory.class.getModule().isNamed());
    System.out.println("label: " + NpsCategory.PROMOTER.label(Locale.ENGLISH) + " / zh ok");
    System.out.println("NPS: " + nps.nps());
  }
}
