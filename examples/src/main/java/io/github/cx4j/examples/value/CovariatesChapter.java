/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.CovariateFit;
import io.github.cx4j.scoring.value.CovariateModels;
import io.github.cx4j.scoring.value.CovariatePenalty;
import io.github.cx4j.scoring.value.Covariates;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.Intervals;
import io.github.cx4j.scoring.value.ParetoNbd;
import io.github.cx4j.scoring.value.ParetoNbdModel;
import io.github.cx4j.scoring.value.PurchaseHistories;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.SimulatedCustomers;
import io.github.cx4j.scoring.value.TimeVaryingCovariates;
import io.github.cx4j.scoring.value.TimeVaryingFit;
import io.github.cx4j.scoring.value.TimeVaryingParetoNbd;
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
    timeVarying(tour);
  }

  /** Calendar weeks of the time-varying part: 4-week periods, calibration to week 52. */
  static final int PERIODS = 20;

  /** The simulated time-varying effects: a campaign on purchasing, a service problem on dropout. */
  static final double CAMPAIGN = 0.6;

  static final double PROBLEM = 0.8;

  /**
   * Time-varying covariates (Bachmann, Meierer and Näf 2021): a campaign that is on for a customer
   * in some 4-week periods and a service problem from some week on, simulated and fitted with
   * {@link TimeVaryingParetoNbd}, then one customer's next 8 weeks with and without a campaign.
   */
  private static void timeVarying(Tour tour) {
    tour.heading("Covariates that change over time", "随时间变化的协变量");
    tour.say(
        "A campaign runs for some customers in some months; a service problem starts in some week"
            + " and stays. Such covariates change along the calendar, so the likelihood is cut"
            + " into intervals (CLVTools' interval-wise Pareto/NBD): while alive, a customer buys"
            + " at rate lambda exp(gamma z(t)) and drops out at rate mu exp(delta w(t)). Here"
            + " 3,000 customers are simulated over 4-week periods with a campaign (+0.6 on"
            + " buying) and a service problem (+0.8 on dropping out), then fitted.",
        "促销只在某些月份对部分顾客进行;服务问题从某一周开始并持续存在。这类协变量随日历变化,"
            + "因此似然按区间切分(CLVTools 的分区间 Pareto/NBD):顾客活跃期间以 lambda exp(gamma z(t))"
            + " 的速率购买,以 mu exp(delta w(t)) 的速率流失。这里以 4 周为一期模拟 3,000 位顾客,"
            + "促销对购买 +0.6,服务问题对流失 +0.8,再进行拟合。");
    int n = 3000;
    SplittableRandom rng = new SplittableRandom(20_261_204L);
    double[] breaks = new double[PERIODS + 1];
    for (int k = 0; k <= PERIODS; k++) {
      breaks[k] = 4.0 * k;
    }
    double[][] campaign = new double[n][PERIODS];
    double[][] problem = new double[n][PERIODS];
    double[] birth = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      int from = rng.nextDouble() < 0.4 ? rng.nextInt(PERIODS) : PERIODS;
      for (int k = 0; k < PERIODS; k++) {
        campaign[i][k] = rng.nextDouble() < 0.3 ? 1 : 0;
        problem[i][k] = k >= from ? 1 : 0;
      }
      birth[i] = rng.nextDouble() * 12;
      age[i] = 52 - birth[i];
    }
    TimeVaryingCovariates z = new TimeVaryingCovariates(List.of("campaign"), breaks, campaign);
    TimeVaryingCovariates w = new TimeVaryingCovariates(List.of("problem"), breaks, problem);
    TimeVaryingParetoNbd.Simulation sim =
        TimeVaryingParetoNbd.simulate(
            new ParetoNbdModel(0.8, 8, 0.9, 20),
            new double[] {CAMPAIGN},
            new double[] {PROBLEM},
            birth,
            age,
            0,
            z,
            w,
            52);
    TimeVaryingFit fit =
        TimeVaryingParetoNbd.fit(
            sim.histories(), z, w, CovariatePenalty.none(), false, FitOptions.defaults());
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("effect", "效应"),
            tour.text("true", "真值"),
            tour.text("estimate", "估计值"),
            tour.text("standard error", "标准误")));
    rows.add(row("purchase.campaign", CAMPAIGN, fit.effect("purchase.campaign"), fit));
    rows.add(row("dropout.problem", PROBLEM, fit.effect("dropout.problem"), fit));
    tour.table(rows);
    // one customer: first purchase in week 2, repeat purchases in weeks 10 and 40, no problem;
    // the next two periods (weeks 52 to 60) with and without a campaign
    PurchaseHistories one =
        new PurchaseHistories(new double[] {2}, new double[][] {{8, 38}}, new double[] {50});
    double[] longer = new double[PERIODS + 3];
    for (int k = 0; k < longer.length; k++) {
      longer[k] = 4.0 * k;
    }
    TimeVaryingCovariates noProblem =
        new TimeVaryingCovariates(List.of("problem"), longer, new double[1][PERIODS + 2]);
    TimeVaryingCovariates[] paths = new TimeVaryingCovariates[2];
    double[] expected = new double[2];
    for (int on = 0; on < 2; on++) {
      double[][] path = new double[1][PERIODS + 2];
      path[0][13] = on;
      path[0][14] = on;
      paths[on] = new TimeVaryingCovariates(List.of("campaign"), longer, path);
      expected[on] = fit.conditionalExpectedPurchases(8, one, paths[on], noProblem)[0];
    }
    tour.println(
        f(
            tour.text(
                "A customer who bought in weeks 2, 10 and 40 is expected to buy %.3f times in weeks"
                    + " 52-60 without a campaign and %.3f times with one.",
                "一位在第 2、10、40 周购买过的顾客,第 52-60 周无促销时预期购买 %.3f 次,有促销时 %.3f 次。"),
            expected[0],
            expected[1]));
    pathValue(tour, fit, sim.histories(), z, w, one, paths, noProblem);
    tour.say(
        "At the command line the covariates come as a long file, one row per customer and period"
            + " start (customer,period_start,campaign,problem), each row holding until the"
            + " customer's next one; clv fit --model paretonbd --covariates FILE --purchases"
            + " purchases.csv --purchase-covariates campaign --dropout-covariates problem reads the"
            + " purchases for the covariates at each repeat purchase, and clv predict takes the"
            + " same files, the rows reaching into the horizon; --interval, --parameter-draws, a"
            + " gammagamma --model-file and --dert add the intervals, the CLV and the DERT along"
            + " each customer's path, as for a fit without covariates.",
        "命令行中协变量是长格式文件,每位顾客每个期初一行(customer,period_start,campaign,problem),"
            + "每行的值持续到该顾客的下一行;clv fit --model paretonbd --covariates 文件 --purchases"
            + " purchases.csv --purchase-covariates campaign --dropout-covariates problem 读取购买记录,"
            + "以得到每次重复购买时的协变量;clv predict 使用同样的文件,其中的行延伸到预测期内;"
            + "--interval、--parameter-draws、gammagamma 的 --model-file 和 --dert 沿每位顾客的路径"
            + "给出区间、CLV 和 DERT,与无协变量的拟合相同。");
  }

  /** Mean repeat-purchase value of the tour's customer, in dollars. */
  static final double SPEND = 35;

  /**
   * The same customer's 90% purchase interval (at the estimate and over 200 parameter draws from
   * the fit's Hessian), 8-week CLV and DERT along each path, with the Gamma-Gamma spend model of
   * Fader, Hardie and Lee's CDNOW estimates (p 6.25, q 3.74, gamma 15.44; "RFM and CLV", 2005).
   */
  private static void pathValue(
      Tour tour,
      TimeVaryingFit fit,
      PurchaseHistories calibration,
      TimeVaryingCovariates z,
      TimeVaryingCovariates w,
      PurchaseHistories one,
      TimeVaryingCovariates[] paths,
      TimeVaryingCovariates noProblem) {
    tour.say(
        "Its predictive distribution follows the path too: the purchases in the horizon are a"
            + " negative-binomial mixture over the lifetime on the covariates' clock, so the 90%"
            + " interval is exact (by quadrature, no simulation). Draws of the parameters from the"
            + " fit's Hessian, effects included, add the estimation uncertainty; with a"
            + " Gamma-Gamma spend model the path gives the CLV over the horizon and the DERT (the"
            + " covariates held at their last values after the path).",
        "它的预测分布同样沿着协变量路径:预测期内的购买次数是按协变量时钟对寿命积分的负二项混合分布,"
            + "因此 90% 区间是精确的(数值积分,无需模拟)。按拟合的黑塞矩阵抽取参数(含效应)可加入估计"
            + "的不确定性;配上 Gamma-Gamma 消费模型,路径给出预测期内的 CLV 和 DERT(路径之后协变量"
            + "保持最后的取值)。");
    List<TimeVaryingFit> draws = fit.parameterDraws(calibration, z, w, 200, 7);
    GammaGammaModel spend = new GammaGammaModel(6.25, 3.74, 15.44);
    ClvHorizon horizon = new ClvHorizon(8, 4, 0.01);
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("weeks 52-60", "第 52-60 周"),
            tour.text("90% interval", "90% 区间"),
            tour.text("with parameter draws", "含参数抽样"),
            tour.text("CLV ($)", "CLV(美元)"),
            tour.text("DERT", "DERT")));
    for (int on = 0; on < 2; on++) {
      Intervals point = fit.purchaseIntervals(8, 0.9, one, paths[on], noProblem);
      Intervals wide = TimeVaryingFit.purchaseIntervals(draws, 8, 0.9, one, paths[on], noProblem);
      double clv = fit.clv(spend, new double[] {SPEND}, horizon, 1, one, paths[on], noProblem)[0];
      double dert =
          fit.discountedExpectedResidualTransactions(0.01, 4, one, paths[on], noProblem)[0];
      rows.add(
          List.of(
              on == 0 ? tour.text("no campaign", "无促销") : tour.text("campaign", "促销"),
              f("%.0f-%.0f", point.low()[0], point.high()[0]),
              f("%.0f-%.0f", wide.low()[0], wide.high()[0]),
              f("%.2f", clv),
              f("%.3f", dert)));
    }
    tour.table(rows);
  }

  private static List<String> row(String name, double truth, double estimate, TimeVaryingFit fit) {
    return List.of(
        name,
        f("%.2f", truth),
        f("%.3f", estimate),
        f("%.3f", java.util.Objects.requireNonNull(fit.standardErrors().get(name), name)));
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
