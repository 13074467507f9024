/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import io.github.cx4j.scoring.value.CovariateFit;
import io.github.cx4j.scoring.value.CovariateModels;
import io.github.cx4j.scoring.value.CovariatePenalty;
import io.github.cx4j.scoring.value.Covariates;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.ParetoNbd;
import io.github.cx4j.scoring.value.ParetoNbdModel;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.SimulatedCustomers;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Tour chapter 52, "Who buys more: covariates": the Pareto/NBD with static covariates in the
 * parameterisation of CLVTools (Bachmann, Meierer and Näf 2021; Fader and Hardie, "Incorporating
 * time-invariant covariates into the Pareto/NBD and BG/NBD models", 2007): the scale parameters
 * become {@code alpha exp(-gamma' z)} and {@code beta exp(-delta' z)}. The customers are simulated
 * from known effects, so the reader sees the fit recover them with their standard errors, and two
 * customers with the same history get different predictions. Course file 001 ("CS Theory and
 * Keeping Customers", method 22, "every customer has a lifetime value") asks for the value; what
 * the firm knows about a customer sharpens it.
 */
public final class CovariatesChapter implements TourChapter {
  /** The simulated effects: income on the purchase rate, web sign-up on the dropout rate. */
  static final double INCOME = 0.5;

  static final double WEB = 0.8;

  /** For {@link java.util.ServiceLoader}. */
  public CovariatesChapter() {}

  @Override
  public int order() {
    return 52;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("Who buys more: covariates", "谁买得更多:协变量");
  }

  @Override
  public void run(Tour tour) {
    tour.say(
        "The models so far treat customers as draws from one population. A firm usually knows more"
            + " about them: income band, channel, whether they signed up on the web. With"
            + " covariates the Pareto/NBD's purchase scale becomes alpha exp(-gamma z) and its"
            + " dropout scale beta exp(-delta z): a positive gamma means more purchases, a"
            + " positive delta an earlier end. Here 2,000 customers are simulated with known"
            + " effects (income +0.5 on purchasing, web sign-up +0.8 on dropping out), then fitted.",
        "前面的模型把顾客看作来自同一总体的抽样。企业通常知道得更多:收入档次、渠道、是否在网上注册。"
            + "加入协变量后,Pareto/NBD 的购买尺度变为 alpha exp(-gamma z),流失尺度变为"
            + " beta exp(-delta z):gamma 为正表示购买更多,delta 为正表示更早流失。这里按已知效应"
            + "(收入对购买 +0.5,网上注册对流失 +0.8)模拟 2,000 位顾客,再进行拟合。");
    int n = 2000;
    SplittableRandom rng = new SplittableRandom(20_261_203L);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[][] income = new double[n][1];
    double[][] web = new double[n][1];
    for (int i = 0; i < n; i++) {
      income[i][0] = rng.nextGaussian();
      web[i][0] = rng.nextDouble() < 0.5 ? 1 : 0;
      age[i] = 30 + 30 * (i % 50) / 49.0;
      ParetoNbdModel truth =
          new ParetoNbdModel(
              0.7, 8 * Math.exp(-INCOME * income[i][0]), 0.9, 10 * Math.exp(-WEB * web[i][0]));
      SimulatedCustomers one = ParetoNbd.simulate(truth, new double[] {age[i]}, 5_000L + i);
      x[i] = one.frequency()[0];
      tx[i] = one.recency()[0];
    }
    CovariateFit fit =
        CovariateModels.fit(
            ValueModelKind.PARETONBD,
            x,
            tx,
            age,
            new Covariates(List.of("income"), income),
            new Covariates(List.of("web"), web),
            CovariatePenalty.none(),
            false,
            FitOptions.defaults());
    tour.heading("The effects recovered (2,000 simulated customers)", "估计出的效应(2,000 位模拟顾客)");
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("effect", "效应"),
            tour.text("true", "真值"),
            tour.text("estimate", "估计值"),
            tour.text("standard error", "标准误")));
    rows.add(row("purchase.income", INCOME, fit));
    rows.add(row("dropout.web", WEB, fit));
    tour.table(rows);
    PurchaseModel low = fit.modelFor(new double[] {-1}, new double[] {0});
    PurchaseModel high = fit.modelFor(new double[] {1}, new double[] {1});
    tour.println(
        f(
            tour.text(
                "Two customers with the same history (2 repeat purchases, the last in week 30, 50"
                    + " weeks observed): income -1 and no web sign-up, P(alive) %.2f and %.2f"
                    + " purchases expected in the next 52 weeks; income +1 and signed up on the"
                    + " web, P(alive) %.2f and %.2f.",
                "两位购买历史相同的顾客(重复购买 2 次,最后一次在第 30 周,观察了 50 周):收入 -1、"
                    + "未在网上注册的,P(仍活跃)= %.2f,未来 52 周预期购买 %.2f 次;收入 +1、"
                    + "在网上注册的,P(仍活跃)= %.2f,预期 %.2f 次。"),
            low.probabilityAlive(2, 30, 50),
            low.conditionalExpectedPurchases(52, 2, 30, 50),
            high.probabilityAlive(2, 30, 50),
            high.conditionalExpectedPurchases(52, 2, 30, 50)));
    tour.say(
        "At the command line: clv fit --model paretonbd (or bgnbd) --covariates FILE"
            + " --purchase-covariates income --dropout-covariates web (with --standardise and an"
            + " elastic net through --penalty and --penalty-mixing), then clv predict with the fit"
            + " file and the same --covariates FILE: each customer is scored with its own row.",
        "命令行:clv fit --model paretonbd(或 bgnbd)--covariates 文件 --purchase-covariates income"
            + " --dropout-covariates web(可加 --standardise,以及用 --penalty 和 --penalty-mixing"
            + " 设定弹性网惩罚),再用该拟合文件和同一个 --covariates 文件运行 clv predict:"
            + "每位顾客按自己的一行协变量打分。");
  }

  private static List<String> row(String name, double truth, CovariateFit fit) {
    return List.of(
        name,
        f("%.2f", truth),
        f("%.3f", fit.effect(name)),
        f("%.3f", java.util.Objects.requireNonNull(fit.standardErrors().get(name), name)));
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
