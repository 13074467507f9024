/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over DriverManager whose connections can be told to fail at the next commit: by
 * closing the connection (a network cut in the middle of an append) or by rolling back.
 */
final class TestDataSource implements DataSource {
  enum Fault {
    NONE,
    CLOSE_AT_COMMIT,
    ROLLBACK_AT_COMMIT
  }

  private final String url;
  private final String user;
  private final String password;
  volatile Fault fault = Fault.NONE;
  final AtomicInteger faults = new AtomicInteger();

  TestDataSource(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = DriverManager.getConnection(url, user, password);
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("commit") && fault != Fault.NONE) {
                Fault f = fault;
                fault = Fault.NONE;
                faults.incrementAndGet();
                if (f == Fault.CLOSE_AT_COMMIT) {
                  real.close();
                  throw new SQLException("connection closed by the test before commit", "08006");
                }
                real.rollback();
                throw new SQLException("transaction rolled back by the test", "40001");
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public Connection getConnection(String u, String p) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return new PrintWriter(System.err);
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
