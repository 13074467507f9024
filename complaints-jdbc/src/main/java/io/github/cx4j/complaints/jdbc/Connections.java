/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;

/** Where the store gets its connections: an application's data source, or a small own pool. */
interface Connections extends AutoCloseable {

  Connection acquire() throws SQLException;

  /** Gives a connection back; a broken one is closed instead of kept. */
  void release(Connection connection, boolean broken);

  @Override
  void close();

  static Connections of(DataSource dataSource) {
    return new Connections() {
      @Override
      public Connection acquire() throws SQLException {
        return dataSource.getConnection();
      }

      @Override
      public void release(Connection connection, boolean broken) {
        try {
          connection.close();
        } catch (SQLException e) {
          // the pool behind the data source deals with it
        }
      }

      @Override
      public void close() {}
    };
  }

  /** A pool of at most {@code size} idle connections to a JDBC URL. */
  static Connections pool(String url, Properties properties, int size) {
    return new Connections() {
      private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(size);
      private volatile boolean closed;

      @Override
      public Connection acquire() throws SQLException {
        if (closed) {
          throw new SQLException("the event store is closed");
        }
        Connection c = idle.poll();
        while (c != null && c.isClosed()) {
          c = idle.poll();
        }
        return c != null ? c : DriverManager.getConnection(url, properties);
      }

      @Override
      public void release(Connection connection, boolean broken) {
        try {
          if (broken || closed || connection.isClosed()) {
            connection.close();
            return;
          }
          if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
          }
          if (connection.isReadOnly()) {
            connection.setReadOnly(false);
          }
          if (!idle.offer(connection)) {
            connection.close();
          }
        } catch (SQLException e) {
          try {
            connection.close();
          } catch (SQLException ignored) {
            // already unusable
          }
        }
      }

      @Override
      public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
          try {
            c.close();
          } catch (SQLException ignored) {
            // closing anyway
          }
        }
      }
    };
  }
}
