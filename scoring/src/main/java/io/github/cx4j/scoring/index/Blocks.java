/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import java.util.List;

/** The model in index form: constructs 0..J-1, indicators 0..p-1 in block order. */
final class Blocks {
  final String[] constructs;
  final String[] indicators;
  final Mode[] modes;
  final int[][] block;
  final int[] owner;
  final int[][] predecessors;
  final int[][] successors;
  final boolean[][] adjacent;
  final int[] topological;

  Blocks(PathModel model) {
    List<Construct> cs = model.constructs();
    int k = cs.size();
    constructs = new String[k];
    modes = new Mode[k];
    block = new int[k][];
    List<String> all = model.indicators();
    indicators = all.toArray(new String[0]);
    owner = new int[indicators.length];
    int position = 0;
    for (int j = 0; j < k; j++) {
      Construct c = cs.get(j);
      constructs[j] = c.name();
      modes[j] = c.mode();
      block[j] = new int[c.indicators().size()];
      for (int i = 0; i < block[j].length; i++) {
        owner[position] = j;
        block[j][i] = position++;
      }
    }
    List<String> names = model.names();
    predecessors = new int[k][];
    successors = new int[k][];
    adjacent = new boolean[k][k];
    int[] predCount = new int[k];
    int[] succCount = new int[k];
    for (List<String> p : model.paths()) {
      int from = names.indexOf(p.get(0));
      int to = names.indexOf(p.get(1));
      predCount[to]++;
      succCount[from]++;
      adjacent[from][to] = true;
      adjacent[to][from] = true;
    }
    for (int j = 0; j < k; j++) {
      predecessors[j] = new int[predCount[j]];
      successors[j] = new int[succCount[j]];
      predCount[j] = 0;
      succCount[j] = 0;
    }
    for (List<String> p : model.paths()) {
      int from = names.indexOf(p.get(0));
      int to = names.indexOf(p.get(1));
      predecessors[to][predCount[to]++] = from;
      successors[from][succCount[from]++] = to;
    }
    topological = model.topologicalOrder();
  }

  int size() {
    return constructs.length;
  }

  int indicatorCount() {
    return indicators.length;
  }
}
