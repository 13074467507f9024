/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Money;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, columnar log of purchases for volume: one row per purchase, held as primitive
 * columns (the customer's index into a table of distinct {@link CustomerId}s, the purchase day as
 * {@link LocalDate#toEpochDay()}, the amount, and optionally the quantity) so that millions of rows
 * cost a few bytes each and summaries run without boxing.
 *
 * <p>Build it from {@link Transaction} objects ({@link #of(Collection)}), from columns ({@link
 * #ofColumns(List, int[], int[], double[])}, or without a copy with {@link #adopt(List, int[],
 * int[], double[])}) or row by row with {@link #builder()}. A log is never empty, every amount is
 * finite and not negative, and all amounts share one currency (or none is stated). Columns returned
 * by the accessors are copies; the log never changes.
 *
 * <p>JSON: {@code {"amounts":[...],"currency":"USD","customerIndex":[...],"customers":[...],
 * "dates":["1997-01-01",...],"quantities":[...]}} ({@code quantities} holds -1 where unknown and is
 * left out when no row has one; {@code currency} is left out when unknown).
 */
@JsonPropertyOrder(alphabetic = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class TransactionLog {
  private static final int NO_QUANTITY = -1;

  private final List<CustomerId> customers;
  private final int[] customerIndex;
  private final int[] epochDays;
  private final double[] amounts;
  private final int @Nullable [] quantities;
  private final @Nullable Currency currency;
  private final boolean chronological;
  private final int minDay;
  private final int maxDay;

  private TransactionLog(
      List<CustomerId> customers,
      int[] customerIndex,
      int[] epochDays,
      double[] amounts,
      int @Nullable [] quantities,
      @Nullable Currency currency) {
    if (customerIndex.length == 0) {
      throw CxValidationException.of("TransactionLog.size", "be at least 1", 0);
    }
    if (epochDays.length != customerIndex.length) {
      throw CxValidationException.of(
          "TransactionLog.epochDays", "have " + customerIndex.length + " rows", epochDays.length);
    }
    if (amounts.length != customerIndex.length) {
      throw CxValidationException.of(
          "TransactionLog.amounts", "have " + customerIndex.length + " rows", amounts.length);
    }
    if (quantities != null && quantities.length != customerIndex.length) {
      throw CxValidationException.of(
          "TransactionLog.quantities", "have " + customerIndex.length + " rows", quantities.length);
    }
    this.customers = customers;
    this.customerIndex = customerIndex;
    this.epochDays = epochDays;
    this.amounts = amounts;
    this.quantities = quantities;
    this.currency = currency;
    int m = customers.size();
    boolean sorted = true;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    int previous = Integer.MIN_VALUE;
    for (int r = 0; r < customerIndex.length; r++) {
      int c = customerIndex[r];
      if (c < 0 || c >= m) {
        throw CxValidationException.of(
            "TransactionLog.customerIndex[" + r + "]", "be within 0.." + (m - 1), c);
      }
      int d = epochDays[r];
      if (d == Integer.MIN_VALUE) {
        throw CxValidationException.of(
            "TransactionLog.epochDays[" + r + "]", "be greater than " + Integer.MIN_VALUE, d);
      }
      double a = amounts[r];
      if (!Double.isFinite(a) || a < 0) {
        Transaction.checkAmount("TransactionLog.amounts[" + r + "]", a);
      }
      if (quantities != null && quantities[r] < NO_QUANTITY) {
        throw CxValidationException.of(
            "TransactionLog.quantities[" + r + "]", "be -1 (unknown) or at least 0", quantities[r]);
      }
      sorted &= d >= previous;
      previous = d;
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    this.chronological = sorted;
    this.minDay = min;
    this.maxDay = max;
  }

  /**
   * A log from transactions, in their order. Customers are indexed in order of first appearance.
   *
   * @param transactions at least one transaction, all in the same currency or with none stated
   * @return the log
   * @throws CxValidationException if there is no transaction or currencies differ
   */
  public static TransactionLog of(Collection<Transaction> transactions) {
    Builder builder = builder(transactions.size());
    for (Transaction t : transactions) {
      builder.add(t);
    }
    return builder.build();
  }

  /**
   * A log from columns, copied. The customer table must hold distinct ids; it may hold customers
   * without purchases, who then appear in no summary.
   *
   * @param customers the distinct customers; row {@code r} belongs to {@code
   *     customers.get(customerIndex[r])}
   * @param customerIndex each row's index into {@code customers}
   * @param epochDays each row's day, {@link LocalDate#toEpochDay()}
   * @param amounts each row's amount, finite and not negative
   * @return the log
   * @throws CxValidationException if the columns differ in length, are empty, or hold a bad value
   *     (the message names the column and row)
   */
  public static TransactionLog ofColumns(
      List<CustomerId> customers, int[] customerIndex, int[] epochDays, double[] amounts) {
    return new TransactionLog(
        distinct(customers), customerIndex.clone(), epochDays.clone(), amounts.clone(), null, null);
  }

  /**
   * A log that takes ownership of the columns instead of copying them: the memory of a large file
   * read into columns is not needed twice. The arrays are checked as {@link #ofColumns(List, int[],
   * int[], double[])} checks them and are then part of the log, so the caller must not change them
   * afterwards (the log would change with them). Accessors still hand out copies.
   *
   * @param customers the distinct customers; row {@code r} belongs to {@code
   *     customers.get(customerIndex[r])}
   * @param customerIndex each row's index into {@code customers}, kept as it is
   * @param epochDays each row's day, {@link LocalDate#toEpochDay()}, kept as it is
   * @param amounts each row's amount, finite and not negative, kept as it is
   * @return the log
   * @throws CxValidationException if the columns differ in length, are empty, or hold a bad value
   *     (the message names the column and row)
   */
  public static TransactionLog adopt(
      List<CustomerId> customers, int[] customerIndex, int[] epochDays, double[] amounts) {
    return new TransactionLog(distinct(customers), customerIndex, epochDays, amounts, null, null);
  }

  /**
   * A log over dictionary-encoded customers that takes ownership of the columns, for a reader whose
   * codes already stand for distinct customers (a category column of cx4j-io, whose dictionary
   * holds each distinct text once): customer {@code c} is {@code customer.apply(c)}, made when
   * asked for and not kept, so a file of millions of customers needs no {@link CustomerId} in
   * memory and no distinctness check. The summaries of such a log name their rows' customers by
   * index ({@link RepeatSummaries#customerIndex(int)}, {@link RfmSummaries#customerIndex(int)}),
   * which lets the caller write the ids from its own dictionary.
   *
   * <p>Trusted: the ids are neither made nor checked here. The caller guarantees that {@code
   * customer} returns a valid id for every code in {@code 0..customerCount - 1} and distinct ids
   * for distinct codes; otherwise summaries of the log would name one customer twice. The other
   * columns are checked as {@link #adopt(List, int[], int[], double[])} checks them.
   *
   * @param customerCount the number of distinct customers (every code is below it)
   * @param customer the customer of each code, a pure function of the code
   * @param customerIndex each row's code, within {@code 0..customerCount - 1}, kept as it is
   * @param epochDays each row's day, {@link LocalDate#toEpochDay()}, kept as it is
   * @param amounts each row's amount, finite and not negative, kept as it is
   * @return the log
   * @throws CxValidationException if the columns differ in length, are empty, or hold a bad value
   *     (the message names the column and row)
   */
  public static TransactionLog adoptEncoded(
      int customerCount,
      IntFunction<CustomerId> customer,
      int[] customerIndex,
      int[] epochDays,
      double[] amounts) {
    Objects.requireNonNull(customer, "customer");
    if (customerCount < 0) {
      throw CxValidationException.of(
          "TransactionLog.customerCount", "not be negative", customerCount);
    }
    return new TransactionLog(
        new EncodedCustomers(customerCount, customer),
        customerIndex,
        epochDays,
        amounts,
        null,
        null);
  }

  /** The customer table of {@link #adoptEncoded}: ids made from their codes when asked for. */
  private static final class EncodedCustomers extends AbstractList<CustomerId>
      implements RandomAccess {
    private final int size;
    private final IntFunction<CustomerId> customer;

    EncodedCustomers(int size, IntFunction<CustomerId> customer) {
      this.size = size;
      this.customer = customer;
    }

    @Override
    public CustomerId get(int index) {
      Objects.checkIndex(index, size);
      return Objects.requireNonNull(customer.apply(index), "customer");
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * A log from columns with quantities and a currency, copied.
   *
   * @param customers the distinct customers
   * @param customerIndex each row's index into {@code customers}
   * @param epochDays each row's day
   * @param amounts each row's amount
   * @param quantities each row's quantity, -1 where unknown
   * @param currencyCode the ISO 4217 code of all amounts
   * @return the log
   * @throws CxValidationException on a bad column or an unknown currency
   */
  public static TransactionLog ofColumns(
      List<CustomerId> customers,
      int[] customerIndex,
      int[] epochDays,
      double[] amounts,
      int[] quantities,
      String currencyCode) {
    return new TransactionLog(
        distinct(customers),
        customerIndex.clone(),
        epochDays.clone(),
        amounts.clone(),
        quantities.clone(),
        currency(currencyCode));
  }

  @JsonCreator
  static TransactionLog fromJson(
      @JsonProperty(value = "customers", required = true) List<CustomerId> customers,
      @JsonProperty(value = "customerIndex", required = true) int[] customerIndex,
      @JsonProperty(value = "dates", required = true) List<LocalDate> dates,
      @JsonProperty(value = "amounts", required = true) double[] amounts,
      @JsonProperty("quantities") int @Nullable [] quantities,
      @JsonProperty("currency") @Nullable String currency) {
    int[] days = new int[dates.size()];
    for (int i = 0; i < days.length; i++) {
      LocalDate date = dates.get(i);
      Transaction.checkDate("TransactionLog.dates[" + i + "]", date);
      days[i] = (int) date.toEpochDay();
    }
    return new TransactionLog(
        distinct(customers),
        customerIndex,
        days,
        amounts,
        quantities,
        currency == null ? null : currency(currency));
  }

  private static List<CustomerId> distinct(List<CustomerId> customers) {
    List<CustomerId> copy = List.copyOf(customers);
    long repeat = DistinctIds.firstRepeat(copy);
    if (repeat >= 0) {
      int before = (int) (repeat >>> 32);
      int i = (int) repeat;
      throw CxValidationException.of(
          "TransactionLog.customers[" + i + "]", "be distinct from entry " + before, copy.get(i));
    }
    return copy;
  }

  private static Currency currency(String code) {
    try {
      return Money.currency(code);
    } catch (CxValidationException e) {
      throw CxValidationException.of("TransactionLog.currency", "be a known ISO 4217 code", code);
    }
  }

  /**
   * A builder that appends rows.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder(16);
  }

  /**
   * A builder sized for an expected number of rows.
   *
   * @param expectedRows the expected number of rows (a hint)
   * @return an empty builder
   */
  public static Builder builder(int expectedRows) {
    return new Builder(Math.max(16, expectedRows));
  }

  /**
   * The number of purchases.
   *
   * @return the row count, at least 1
   */
  @JsonIgnore
  public int size() {
    return customerIndex.length;
  }

  /**
   * The number of distinct customers in the customer table.
   *
   * @return the table size
   */
  @JsonIgnore
  public int customerCount() {
    return customers.size();
  }

  /**
   * The customer table: row {@code r} belongs to {@code customers().get(customerIndex(r))}.
   *
   * @return an unmodifiable list of distinct ids
   */
  @JsonProperty("customers")
  public List<CustomerId> customers() {
    return customers;
  }

  /**
   * The currency of the amounts, if stated.
   *
   * @return the currency
   */
  @JsonIgnore
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  @JsonProperty("currency")
  @Nullable String currencyCode() {
    return currency == null ? null : currency.getCurrencyCode();
  }

  /**
   * The customer of a row.
   *
   * @param row the 0-based row
   * @return the customer
   */
  public CustomerId customer(int row) {
    return customers.get(customerIndex[row]);
  }

  /**
   * The customer-table index of a row.
   *
   * @param row the 0-based row
   * @return the index into {@link #customers()}
   */
  public int customerIndex(int row) {
    return customerIndex[row];
  }

  /**
   * The day of a row.
   *
   * @param row the 0-based row
   * @return the date
   */
  public LocalDate date(int row) {
    return LocalDate.ofEpochDay(epochDays[row]);
  }

  /**
   * The amount of a row.
   *
   * @param row the 0-based row
   * @return the amount
   */
  public double amount(int row) {
    return amounts[row];
  }

  /**
   * The quantity of a row, if known.
   *
   * @param row the 0-based row
   * @return the quantity
   */
  public OptionalInt quantity(int row) {
    return quantities == null || quantities[row] == NO_QUANTITY
        ? OptionalInt.empty()
        : OptionalInt.of(quantities[row]);
  }

  /**
   * A row as a transaction.
   *
   * @param row the 0-based row
   * @return the transaction
   */
  public Transaction transaction(int row) {
    Transaction.Builder b = Transaction.builder();
    b.customer(customer(row)).date(date(row)).amount(amounts[row]);
    quantity(row).ifPresent(b::quantity);
    if (currency != null) {
      b.currency(currency);
    }
    return b.build();
  }

  /**
   * Every row as a transaction, in log order.
   *
   * @return an unmodifiable list view
   */
  public List<Transaction> toList() {
    return new AbstractList<>() {
      @Override
      public Transaction get(int index) {
        return transaction(index);
      }

      @Override
      public int size() {
        return customerIndex.length;
      }
    };
  }

  /**
   * The customer index column (a copy).
   *
   * @return one index into {@link #customers()} per row
   */
  @JsonProperty("customerIndex")
  public int[] customerIndex() {
    return customerIndex.clone();
  }

  /**
   * The day column (a copy).
   *
   * @return one {@link LocalDate#toEpochDay()} per row
   */
  @JsonIgnore
  public int[] epochDays() {
    return epochDays.clone();
  }

  @JsonProperty("dates")
  List<LocalDate> dates() {
    List<LocalDate> dates = new ArrayList<>(epochDays.length);
    for (int d : epochDays) {
      dates.add(LocalDate.ofEpochDay(d));
    }
    return Collections.unmodifiableList(dates);
  }

  /**
   * The amount column (a copy).
   *
   * @return one amount per row
   */
  @JsonProperty("amounts")
  public double[] amounts() {
    return amounts.clone();
  }

  /**
   * The quantity column (a copy), if any row has a quantity.
   *
   * @return one quantity per row, -1 where unknown
   */
  @JsonProperty("quantities")
  public Optional<int[]> quantities() {
    return quantities == null ? Optional.empty() : Optional.of(quantities.clone());
  }

  /**
   * The first purchase day in the log.
   *
   * @return the earliest date
   */
  @JsonIgnore
  public LocalDate firstDate() {
    return LocalDate.ofEpochDay(minDay);
  }

  /**
   * The last purchase day in the log.
   *
   * @return the latest date
   */
  @JsonIgnore
  public LocalDate lastDate() {
    return LocalDate.ofEpochDay(maxDay);
  }

  /**
   * Whether the rows are in chronological order (days never decrease); summaries of such a log skip
   * a sort.
   *
   * @return true if sorted by day
   */
  @JsonIgnore
  public boolean isChronological() {
    return chronological;
  }

  // Raw, unshared access for the summaries of this package: never handed to callers.
  int[] rawCustomerIndex() {
    return customerIndex;
  }

  int[] rawEpochDays() {
    return epochDays;
  }

  double[] rawAmounts() {
    return amounts;
  }

  int minDay() {
    return minDay;
  }

  int maxDay() {
    return maxDay;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TransactionLog other
        && customers.equals(other.customers)
        && Arrays.equals(customerIndex, other.customerIndex)
        && Arrays.equals(epochDays, other.epochDays)
        && Arrays.equals(amounts, other.amounts)
        && Arrays.equals(quantities, other.quantities)
        && Objects.equals(currency, other.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        customers,
        Arrays.hashCode(customerIndex),
        Arrays.hashCode(epochDays),
        Arrays.hashCode(amounts),
        Arrays.hashCode(quantities),
        currency);
  }

  @Override
  public String toString() {
    return "TransactionLog{"
        + customerIndex.length
        + " purchases of "
        + customers.size()
        + " customers, "
        + firstDate()
        + ".."
        + lastDate()
        + (currency == null ? "" : ", " + currency.getCurrencyCode())
        + "}";
  }

  /**
   * Appends rows to a growing log; {@link #build()} makes the immutable log. Not thread-safe.
   * Customers are indexed in order of first appearance.
   */
  public static final class Builder {
    private final Map<CustomerId, Integer> index = new HashMap<>();
    private final List<CustomerId> customers = new ArrayList<>();
    private int[] customerIndex;
    private int[] epochDays;
    private double[] amounts;
    private int @Nullable [] quantities;
    private @Nullable Currency currency;
    private int size;

    private Builder(int capacity) {
      customerIndex = new int[capacity];
      epochDays = new int[capacity];
      amounts = new double[capacity];
    }

    /**
     * States the currency of all amounts.
     *
     * @param code an ISO 4217 code such as {@code "CNY"}
     * @return this builder
     * @throws CxValidationException if the code is unknown or differs from a currency already set
     */
    public Builder currency(String code) {
      return currency(TransactionLog.currency(code));
    }

    private Builder currency(Currency c) {
      if (currency != null && !currency.equals(c)) {
        throw CxValidationException.of(
            "TransactionLog.currency", "be " + currency.getCurrencyCode(), c.getCurrencyCode());
      }
      currency = c;
      return this;
    }

    /**
     * The index of a customer in the log's table, adding it if new.
     *
     * @param customer the customer
     * @return the 0-based index
     */
    public int customer(CustomerId customer) {
      Integer i = index.get(customer);
      if (i == null) {
        i = customers.size();
        index.put(customer, i);
        customers.add(customer);
      }
      return i;
    }

    /**
     * Appends a transaction (its currency, if stated, must match the log's).
     *
     * @param transaction the purchase
     * @return this builder
     */
    public Builder add(Transaction transaction) {
      transaction.currency().ifPresent(this::currency);
      append(
          customer(transaction.customer()),
          (int) transaction.date().toEpochDay(),
          transaction.amount(),
          transaction.quantity().orElse(NO_QUANTITY));
      return this;
    }

    /**
     * Appends a purchase.
     *
     * @param customer the customer
     * @param date the day
     * @param amount the amount, finite and not negative
     * @return this builder
     * @throws CxValidationException on a bad amount or date
     */
    public Builder add(CustomerId customer, LocalDate date, double amount) {
      Transaction.checkDate("Transaction.date", date);
      return add(customer(customer), (int) date.toEpochDay(), amount);
    }

    /**
     * Appends a purchase by customer index, the fastest way to fill a log.
     *
     * @param customerIndex an index returned by {@link #customer(CustomerId)}
     * @param epochDay the day, {@link LocalDate#toEpochDay()}
     * @param amount the amount, finite and not negative
     * @return this builder
     * @throws CxValidationException on a bad index, day or amount
     */
    public Builder add(int customerIndex, int epochDay, double amount) {
      return add(customerIndex, epochDay, amount, NO_QUANTITY);
    }

    /**
     * Appends a purchase with a quantity.
     *
     * @param customerIndex an index returned by {@link #customer(CustomerId)}
     * @param epochDay the day
     * @param amount the amount
     * @param quantity the number of items, at least 0, or -1 if unknown
     * @return this builder
     */
    public Builder add(int customerIndex, int epochDay, double amount, int quantity) {
      if (customerIndex < 0 || customerIndex >= customers.size()) {
        throw CxValidationException.of(
            "TransactionLog.customerIndex",
            "be within 0.." + (customers.size() - 1),
            customerIndex);
      }
      if (epochDay == Integer.MIN_VALUE) {
        throw CxValidationException.of(
            "TransactionLog.epochDays", "be greater than " + Integer.MIN_VALUE, epochDay);
      }
      Transaction.checkAmount("Transaction.amount", amount);
      if (quantity < NO_QUANTITY) {
        throw CxValidationException.of("Transaction.quantity", "not be negative", quantity);
      }
      append(customerIndex, epochDay, amount, quantity);
      return this;
    }

    private void append(int c, int day, double amount, int quantity) {
      if (size == customerIndex.length) {
        int capacity = Math.max(16, size + (size >> 1));
        customerIndex = Arrays.copyOf(customerIndex, capacity);
        epochDays = Arrays.copyOf(epochDays, capacity);
        amounts = Arrays.copyOf(amounts, capacity);
        if (quantities != null) {
          quantities = Arrays.copyOf(quantities, capacity);
        }
      }
      if (quantity != NO_QUANTITY && quantities == null) {
        quantities = new int[customerIndex.length];
        Arrays.fill(quantities, 0, size, NO_QUANTITY);
      }
      customerIndex[size] = c;
      epochDays[size] = day;
      amounts[size] = amount;
      if (quantities != null) {
        quantities[size] = quantity;
      }
      size++;
    }

    /**
     * Appends every row of another builder after this builder's rows (the combiner of {@link
     * ActivitySummaries#repeatCollector(SummarySpec)}): customers new to this builder are added in
     * their order in {@code other}.
     *
     * @param other another builder, left unchanged
     * @return this builder
     * @throws CxValidationException if the builders state different currencies
     */
    public Builder merge(Builder other) {
      if (other.currency != null) {
        currency(other.currency);
      }
      int[] map = new int[other.customers.size()];
      for (int c = 0; c < map.length; c++) {
        map[c] = customer(other.customers.get(c));
      }
      for (int r = 0; r < other.size; r++) {
        append(
            map[other.customerIndex[r]],
            other.epochDays[r],
            other.amounts[r],
            other.quantities == null ? NO_QUANTITY : other.quantities[r]);
      }
      return this;
    }

    /**
     * The number of rows appended so far.
     *
     * @return the row count
     */
    public int size() {
      return size;
    }

    /**
     * The immutable log. The builder may be used further; the log does not change.
     *
     * @return the log
     * @throws CxValidationException if no row was added
     */
    public TransactionLog build() {
      return new TransactionLog(
          List.copyOf(customers),
          Arrays.copyOf(customerIndex, size),
          Arrays.copyOf(epochDays, size),
          Arrays.copyOf(amounts, size),
          quantities == null ? null : Arrays.copyOf(quantities, size),
          currency);
    }
  }
}
