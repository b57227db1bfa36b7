package no.helsebro.insights;

import java.util.ArrayList;
import java.util.List;
import no.helsebro.platform.database.JdbcQueries;

/** Multi-row INSERTs of a few hundred rows each, for the rebuild's tens of thousands of rows. */
final class BulkInsert {

  private static final int ROWS = 500;

  private final JdbcQueries sql;
  private final String head;
  private final int columns;
  private final List<Object> values = new ArrayList<>();
  private int rows;

  BulkInsert(JdbcQueries sql, String table, String... columnNames) {
    this.sql = sql;
    this.head = "INSERT INTO " + table + " (" + String.join(", ", columnNames) + ") VALUES ";
    this.columns = columnNames.length;
  }

  void add(Object... row) {
    for (Object v : row) {
      values.add(v);
    }
    if (++rows == ROWS) {
      flush();
    }
  }

  void flush() {
    if (rows == 0) {
      return;
    }
    String one = "(" + JdbcQueries.marks(columns) + ")";
    StringBuilder q = new StringBuilder(head);
    for (int i = 0; i < rows; i++) {
      q.append(i == 0 ? "" : ", ").append(one);
    }
    sql.update(q.toString(), values.toArray());
    values.clear();
    rows = 0;
  }
}
