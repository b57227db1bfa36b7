package no.helsebro.forum.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import no.helsebro.platform.changes.ChangeFeedTailer;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;

/**
 * Counts the SQL statements one reply costs, as the reply benchmark posts them (an old member, an
 * Idempotency-Key, a random topic among many): MariaDB's {@code Com_*} counters around N replies
 * through the HTTP API on a fresh embedded database, divided by N. The node's own change feed reads
 * (one SELECT per poll) are counted separately and taken out of {@code Com_select}. Not a test: run
 * it by hand (bench/results/forum.md, "statements per reply") with
 *
 * <pre>
 * ./mvnw -q -pl backend -am test-compile -Dskip.frontend
 * ./mvnw -q -pl backend dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp "backend/target/test-classes:backend/target/classes:$(cat /tmp/cp.txt)" \
 *   no.helsebro.forum.bench.ReplyStatements [replies] [kind]
 * </pre>
 *
 * <p>The counters are the server's: give it a MariaDB no one else uses (the embedded one by
 * default, or {@code DATASOURCES_DEFAULT_URL} naming a server of its own).
 */
public final class ReplyStatements {

  private static final List<String> SHOWN =
      List.of(
          "Com_select",
          "Com_insert",
          "Com_update",
          "Com_delete",
          "Com_insert_select",
          "Com_commit",
          "Com_rollback",
          "Com_set_option",
          "Questions");

  public static void main(String[] args) throws Exception {
    int replies = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    String kind = args.length > 1 ? args[1] : "DISCUSSION";
    String dataDir = Files.createTempDirectory("helsebro-statements-").toString();
    try (EmbeddedServer server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of("micronaut.server.port", -1, "helsebro.data-dir", dataDir),
            "test")) {
      ApplicationContext ctx = server.getApplicationContext();
      DataSource ds = DelegatingDataSource.unwrapDataSource(ctx.getBean(DataSource.class));
      ChangeFeedTailer tailer = ctx.getBean(ChangeFeedTailer.class);
      TestMembers members = ctx.getBean(TestMembers.class);
      BlockingHttpClient http = HttpClient.create(server.getURL()).toBlocking();

      List<TestMember> writers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        TestMember m = members.advisor();
        update(
            ds,
            "UPDATE members SET created_at = UTC_TIMESTAMP(6) - INTERVAL 1000 DAY WHERE id = ?",
            m.id());
        writers.add(m);
      }
      long category = one(ds, "SELECT id FROM forum_categories WHERE slug = 'patient-records'");
      List<Long> topics = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        Map<?, ?> created =
            http.retrieve(
                HttpRequest.POST(
                        "/api/v1/topics",
                        Map.of(
                            "categoryId",
                            category,
                            "kind",
                            kind,
                            "title",
                            "Emne nummer " + i + " for tellingen",
                            "body",
                            "Hvordan gjør dere dette?"))
                    .bearerAuth(writers.get(i % writers.size()).token())
                    .header("Idempotency-Key", UUID.randomUUID().toString()),
                Map.class);
        topics.add(((Number) created.get("id")).longValue());
      }
      post(http, writers, topics, 200);
      Thread.sleep(500);

      Map<String, Long> before = status(ds);
      long pollsBefore = tailer.polls();
      post(http, writers, topics, replies);
      Map<String, Long> after = status(ds);
      long polls = tailer.polls() - pollsBefore;

      System.out.printf(
          "%d replies to %d %s topics; the node read its change feed %d times%n",
          replies, topics.size(), kind, polls);
      for (String name : SHOWN) {
        long delta = after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L);
        if (name.equals("Com_select") || name.equals("Questions")) {
          delta -= polls;
        }
        System.out.printf("%-18s %6.2f per reply%n", name, (double) delta / replies);
      }
    }
    System.exit(0);
  }

  private static void post(
      BlockingHttpClient http, List<TestMember> writers, List<Long> topics, int n) {
    for (int i = 0; i < n; i++) {
      TestMember writer = writers.get(i % writers.size());
      long topic = topics.get((i * 7) % topics.size());
      http.exchange(
          HttpRequest.POST(
                  "/api/v1/topics/" + topic + "/posts",
                  Map.of("body", "Vi løste det med faste superbrukertimer (" + i + ")"))
              .bearerAuth(writer.token())
              .header("Idempotency-Key", UUID.randomUUID().toString()));
    }
  }

  private static Map<String, Long> status(DataSource ds) throws Exception {
    Map<String, Long> out = new TreeMap<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS")) {
      while (rs.next()) {
        try {
          out.put(rs.getString(1), Long.parseLong(rs.getString(2)));
        } catch (NumberFormatException e) {
          // not a counter
        }
      }
    }
    return out;
  }

  private static void update(DataSource ds, String sql, long id) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }

  private static long one(DataSource ds, String sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
