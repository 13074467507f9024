package com.example.j3;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.Money;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.scoring.survey.SurveyResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application that uses Jackson 3 (tools.jackson) for its own JSON and cx4j, which is built on
 * Jackson 2: what works and where the boundary is.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper cx = CxJson.mapper();
    JsonMapper j3 =
        JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    System.out.println("jackson 2: " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    System.out.println("jackson 3: " + tools.jackson.databind.cfg.PackageVersion.VERSION);

    // 1. cx4j's JSON (written by CxJson) read by Jackson 3, as a tree and into the record types.
    NpsResult nps = Nps.of(10, 9, 8, 7, 3);
    String npsJson = cx.writeValueAsString(nps);
    JsonNode tree = j3.readTree(npsJson);
    require(tree.get("promoters").asInt() == 2, "tree: " + tree);
    require(j3.readValue(npsJson, NpsResult.class).equals(nps), "NpsResult read by Jackson 3");
    Interval interval = new Interval(0.25, 0.75);
    require(
        j3.readValue(cx.writeValueAsString(interval), Interval.class).equals(interval),
        "Interval read by Jackson 3");
    Money money = Money.of(new BigDecimal("12.50"), Currency.getInstance("EUR"));
    require(
        j3.readValue(cx.writeValueAsString(money), Money.class).equals(money),
        "Money read by Jackson 3");
    System.out.println("records: read by jackson 3 ok");

    // 2. Record types written by Jackson 3, read back by CxJson.
    require(cx.readValue(j3.writeValueAsString(nps), NpsResult.class).equals(nps), "NpsResult");
    require(j3.writeValueAsString(interval).equals("[0.25,0.75]"), "Interval as [low, high]");
    require(cx.readValue(j3.writeValueAsString(money), Money.class).equals(money), "Money");
    require(
        j3.writeValueAsString(CustomerId.of("c-1")).equals("\"c-1\""), "CustomerId as a string");
    System.out.println("records: written by jackson 3, read by CxJson ok");

    // 3. The records' checks run under Jackson 3 too: a bad value is rejected with cx4j's message.
    String bad = npsJson.replace("\"detractors\":1", "\"detractors\":-1");
    try {
      j3.readValue(bad, NpsResult.class);
      throw new IllegalStateException("a negative count was accepted");
    } catch (ValueInstantiationException e) {
      require(e.getCause() instanceof CxValidationException, "cause: " + e.getCause());
      System.out.println("checks: " + e.getCause().getMessage());
    }
    try {
      j3.readValue(npsJson.replace("{", "{\"extra\":1,"), NpsResult.class);
      throw new IllegalStateException("an unknown property was accepted");
    } catch (UnrecognizedPropertyException e) {
      System.out.println("unknown property: rejected (" + e.getPropertyName() + ")");
    }

    // 4. The boundary: Immutables values declare their binding with Jackson 2's databind
    //    annotations, which Jackson 3 does not read; they go through CxJson.
    SurveyResponse response =
        SurveyResponse.builder()
            .score(9)
            .customer(CustomerId.of("c-1"))
            .answeredAt(Instant.parse("2026-01-02T03:04:05Z"))
            .build();
    String responseJson = cx.writeValueAsString(response);
    require(cx.readValue(responseJson, SurveyResponse.class).equals(response), "CxJson round trip");
    require(j3.readTree(responseJson).get("score").asInt() == 9, "tree of an Immutables value");
    try {
      j3.readValue(responseJson, SurveyResponse.class);
      throw new IllegalStateException("Jackson 3 read an Immutables value");
    } catch (InvalidDefinitionException e) {
      System.out.println("immutables: not bound by jackson 3 (" + e.getType().getRawClass().getSimpleName() + ")");
    }
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("failed: " + what);
    }
  }
}
