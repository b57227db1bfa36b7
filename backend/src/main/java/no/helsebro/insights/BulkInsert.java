package no.helsebro.insights;

import java.util.ArrayList;
import java.util.List;
import no.helsebro.platform.database.JdbcQueries;

/**
 * Multi-row INSERTs of a few hundred rows each into one {@link FactTable}, for the rebuild's tens
 * of thousands of rows.
 */
final class BulkInsert {

  private static final int ROWS = 500;

  // Hand-written SQL: multi-row INSERTs, one statement per 500 rows (docs/adr/0550, 0505).
  private final JdbcQueries sql;
  private final FactTable table;
  private final List<Object> values = new ArrayList<>();
  private int rows;

  BulkInsert(JdbcQueries sql, FactTable table) {
    this.sql = sql;
    this.table = table;
  }

  /** Adds a row, its values in the order of the table's columns. */
  void add(Object... row) {
    if (row.length != table.columns()) {
      throw new IllegalArgumentException(
          table + " has " + table.columns() + " columns, not " + row.length);
    }
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
    String one = "(" + JdbcQueries.marks(table.columns()) + ")";
    StringBuilder q = new StringBuilder(table.insertHead());
    for (int i = 0; i < rows; i++) {
      q.append(i == 0 ? "" : ", ").append(one);
    }
    sql.update(q.toString(), values.toArray());
    values.clear();
    rows = 0;
  }
}
