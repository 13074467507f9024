package com.example.denied;

import io.github.cx4j.scoring.internal.Stats;

/** Must not compile: io.github.cx4j.scoring.internal is not exported. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println(Stats.z(0.95, "level"));
  }
}
