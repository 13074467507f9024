/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.concept.CsLayer;
import io.github.cx4j.core.concept.InspectionDimension;
import io.github.cx4j.core.concept.RetentionStep;
import io.github.cx4j.core.concept.ServiceAxis;
import io.github.cx4j.core.concept.ServicePrinciple;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The standard questionnaires: statements written by cx4j from the seeds' checklists (course files
 * "CS Theory and Keeping Customers", "Understanding Customer Service" and "All-Staff Service"),
 * each scoring one concept.
 */
final class StandardQuestionnaires {
  private static final Map<AuditKind, Questionnaire> STANDARD = new EnumMap<>(AuditKind.class);

  static {
    List<AuditItem> cs = new ArrayList<>();
    Labelled ms = CsLayer.MIND_SATISFACTION;
    Labelled bs = CsLayer.BEHAVIOUR_SATISFACTION;
    Labelled vhs = CsLayer.VISUAL_HEARING_SATISFACTION;
    cs.add(
        item(
            "MS1",
            ms,
            "Our mission and values are written from the customer's point of view.",
            "企业理念从顾客的角度表述。"));
    cs.add(
        item(
            "MS2",
            ms,
            "Top management treats customer satisfaction as a strategic goal.",
            "高层管理者把顾客满意作为战略目标。"));
    cs.add(
        item(
            "MS3",
            ms,
            "Employees know and share the customer-first philosophy.",
            "员工了解并认同“顾客第一”的理念。"));
    cs.add(
        item(
            "MS4",
            ms,
            "The philosophy is revised as customers' needs change.",
            "企业理念随顾客需要的变化而调整。"));
    cs.add(
        item("BS1", bs, "Staff know who our customers are and what they need.", "员工了解和认识顾客及其需要。"));
    cs.add(
        item(
            "BS2",
            bs,
            "Service standards turn the philosophy into daily behaviour.",
            "服务标准把理念落实为日常行为。"));
    cs.add(
        item(
            "BS3",
            bs,
            "Every department serves customers before, during and after the sale.",
            "各部门在售前、售中、售后全面服务顾客。"));
    cs.add(
        item(
            "BS4",
            bs,
            "Staff are treated as we want them to treat customers.",
            "企业用希望员工对待顾客的方式对待员工。"));
    cs.add(
        item(
            "VHS1",
            vhs,
            "Name, logo and signage are consistent and easy to recognise.",
            "名称、标志和标识统一且易于识别。"));
    cs.add(
        item(
            "VHS2",
            vhs,
            "Premises, products and packaging look and sound appealing to customers.",
            "场所、产品和包装的视听形象令顾客满意。"));
    cs.add(
        item(
            "VHS3",
            vhs,
            "Staff appearance and voice convey the service message.",
            "员工的仪表和声音传达服务信息。"));
    cs.add(
        item(
            "VHS4",
            vhs,
            "Advertising and communication speak the customer's language.",
            "广告和宣传使用顾客的语言。"));
    put(AuditKind.CS_SYSTEM, cs);

    String[][] retention = {
      {
        "Senior managers visibly champion customer service.",
        "高层管理者明确支持顾客服务。",
        "Service decisions are put in writing and given resources.",
        "服务决策书面化并配置资源。"
      },
      {
        "We regularly assess our main processes from the customer's side.",
        "我们定期从顾客角度评估企业的主要方面。",
        "We know what losing a customer costs us.",
        "我们清楚失去一个顾客的代价。"
      },
      {
        "We ask customers what they need, want and expect.",
        "我们询问顾客需要什么、想要什么、期望什么。",
        "Market research and feedback shape our offers.",
        "市场调查和顾客反馈影响我们的产品和服务。"
      },
      {
        "Service goals are set and measured.",
        "服务目标明确并被衡量。",
        "Management reviews satisfaction results regularly.",
        "管理层定期审阅满意度结果。"
      },
      {
        "Policies are flexible enough to fit the customer's case.",
        "服务政策有足够弹性适应顾客的情况。",
        "Our service system is easy for customers to use.",
        "我们的服务系统方便顾客使用。"
      },
      {
        "Someone speaks for the customer in internal decisions.",
        "内部决策中有人为顾客代言。",
        "Customers feel valued and cared for.",
        "顾客感到受重视和被关心。"
      },
      {
        "Staff are motivated and proud of their work.",
        "员工积极性高,对工作有自尊心。",
        "Staff suggestions are heard and adopted.",
        "员工的建议被倾听和采纳。"
      },
      {
        "Staff receive regular service training.",
        "员工定期接受服务培训。",
        "Staff have the authority they need to serve.",
        "员工拥有服务所需的权限。"
      },
      {
        "Front-line staff can solve customer problems on the spot.",
        "一线员工能当场解决顾客问题。",
        "Causes of problems are removed so they do not recur.",
        "消除问题根源,防止再次发生。"
      },
      {
        "We keep customers informed and invite their feedback.",
        "我们及时告知顾客并征求反馈。",
        "Feedback flows between the front line and management.",
        "一线与管理层之间交流反馈畅通。"
      },
      {
        "Good service is recognised, rewarded and celebrated.",
        "优秀服务得到赏识、奖励和庆贺。",
        "Loyal customers are rewarded.",
        "忠诚顾客得到奖励。"
      },
      {
        "We improve service continually from the results.",
        "我们根据结果不断改进服务。",
        "We do a little more than customers expect.",
        "我们比顾客期望的多做一点。"
      },
    };
    List<AuditItem> rs = new ArrayList<>();
    for (RetentionStep step : RetentionStep.values()) {
      String[] t = retention[step.number() - 1];
      String n = String.format(java.util.Locale.ROOT, "R%02d", step.number());
      rs.add(item(n + "a", step, t[0], t[1]));
      rs.add(item(n + "b", step, t[2], t[3]));
    }
    put(AuditKind.RETENTION, rs);

    List<AuditItem> in = new ArrayList<>();
    Labelled la = InspectionDimension.LEADERSHIP_AWARENESS;
    Labelled sa = InspectionDimension.STAFF_ATTITUDE;
    Labelled pc = InspectionDimension.PERSONAL_CONDUCT;
    Labelled fi = InspectionDimension.FRONT_LINE_IMAGE;
    Labelled wm = InspectionDimension.CUSTOMER_WORD_OF_MOUTH;
    in.add(item("LA1", la, "Leaders take part in service personally.", "领导亲自参与服务。"));
    in.add(item("LA2", la, "Leaders hold managers accountable for service.", "领导对服务实行管理定责。"));
    in.add(item("SA1", sa, "Staff treat customers warmly and patiently.", "员工热情、耐心地对待客户。"));
    in.add(
        item(
            "SA2",
            sa,
            "The first person asked owns the customer's question.",
            "首问负责:第一个被询问的员工负责到底。"));
    in.add(item("PC1", pc, "Staff words and deeds follow the behaviour norms.", "员工言行符合服务行为规范。"));
    in.add(item("PC2", pc, "Staff keep the promises they make to customers.", "员工信守对客户的承诺。"));
    in.add(
        item("FI1", fi, "Front-line premises are clean, tidy and clearly signed.", "终端场所整洁、标识清楚。"));
    in.add(item("FI2", fi, "Front-line staff look professional.", "一线员工形象专业。"));
    in.add(item("WM1", wm, "Customers recommend us to others.", "客户向他人推荐我们。"));
    in.add(item("WM2", wm, "Reviews of us, online and offline, are positive.", "线上线下的客户评价正面。"));
    put(AuditKind.STAFF_INSPECTION, in);

    String[][] service = {
      {"SV_S", "Staff respect themselves and their work.", "员工尊重自己和自己的工作。"},
      {"SV_E1", "We promise modestly and exceed customers' expectations.", "我们宣传保守,服务超越客户期望。"},
      {"SV_R", "Service failures are put right at once.", "服务失误能及时补救。"},
      {"SV_V", "We have a service vision that staff can tell.", "我们有员工能讲述的服务愿景。"},
      {"SV_I", "Service quality improves year on year.", "服务品质逐年提升。"},
      {"SV_C", "We pay close attention to each customer.", "我们关注每一位客户。"},
      {"SV_E2", "Staff are empowered to act for customers.", "员工被授权为客户采取行动。"},
    };
    List<AuditItem> sv = new ArrayList<>();
    ServicePrinciple[] principles = ServicePrinciple.values();
    for (int i = 0; i < principles.length; i++) {
      sv.add(item(service[i][0], principles[i], service[i][1], service[i][2]));
    }
    put(AuditKind.SERVICE_PRINCIPLES, sv);

    List<AuditItem> st = new ArrayList<>();
    Labelled pr = ServiceAxis.PROCEDURAL;
    Labelled pe = ServiceAxis.PERSONAL;
    st.add(item("PR1", pr, "Service procedures are clear and written down.", "服务流程清晰、有书面规定。"));
    st.add(item("PR2", pr, "Service is consistent from one visit to the next.", "每次服务都保持一致。"));
    st.add(
        item(
            "PR3",
            pr,
            "Procedures are convenient for customers: little waiting, few steps.",
            "流程方便客户:等待少、步骤少。"));
    st.add(item("PR4", pr, "Requests are followed up until they are closed.", "客户的要求被跟进直至完成。"));
    st.add(item("PE1", pe, "Staff are friendly and courteous.", "员工友好、有礼貌。"));
    st.add(item("PE2", pe, "Staff listen and communicate well.", "员工善于倾听和沟通。"));
    st.add(item("PE3", pe, "Staff are competent in their jobs.", "员工称职、胜任岗位。"));
    st.add(item("PE4", pe, "Staff show genuine interest in the customer.", "员工真诚关心客户。"));
    put(AuditKind.SERVICE_STYLE, st);
  }

  private StandardQuestionnaires() {}

  private static AuditItem item(String code, Labelled dimension, String en, String zh) {
    return new AuditItem(code, dimension, en, zh);
  }

  private static void put(AuditKind kind, List<AuditItem> items) {
    STANDARD.put(kind, new Questionnaire(kind.code(), items));
  }

  static Questionnaire of(AuditKind kind) {
    return Objects.requireNonNull(STANDARD.get(kind), "standard questionnaire");
  }
}
