package no.helsebro.mentoring.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import javax.sql.DataSource;
import no.helsebro.platform.security.Roles;
import no.helsebro.testing.TestTokens;

/**
 * Measures mentoring through the real HTTP API on a fresh embedded database: ranked suggestions for
 * one mentee among 2,000 mentors (latency percentiles), and a cohort proposal for 2,000 mentees
 * over 500 mentors with free places (wall time). Not a test: run it by hand with
 *
 * <pre>
 * ./mvnw -q -pl backend -am test-compile -Dskip.frontend
 * ./mvnw -q -pl backend dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp "backend/target/test-classes:backend/target/classes:$(cat /tmp/cp.txt)" \
 *   no.helsebro.mentoring.bench.MentoringApiBenchmark [mentors] [requests]
 * </pre>
 */
public final class MentoringApiBenchmark {

  public static void main(String[] args) throws Exception {
    int mentors = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    int cohortMentors = 500;
    int cohortMentees = 2_000;
    String dataDir = Files.createTempDirectory("helsebro-bench-").toString();
    try (EmbeddedServer server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of("micronaut.server.port", -1, "helsebro.data-dir", dataDir),
            "test")) {
      ApplicationContext ctx = server.getApplicationContext();
      DataSource ds = DelegatingDataSource.unwrapDataSource(ctx.getBean(DataSource.class));
      TestTokens tokens = ctx.getBean(TestTokens.class);
      Random random = new Random(42);
      Terms terms;
      long mentee;
      long coordinator;
      List<Long> mentorIds;
      try (Connection c = ds.getConnection()) {
        terms = Terms.load(c);
        long t0 = System.nanoTime();
        mentorIds = seedMentors(c, terms, mentors, random);
        mentee = member(c, "Benchmark-mentee", false);
        needs(c, terms, List.of(mentee), random);
        coordinator = member(c, "Benchmark-koordinator", true);
        bump(c);
        System.out.printf(
            "seeded %d mentors in %d ms%n", mentors, (System.nanoTime() - t0) / 1_000_000);
      }
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.getPort();
      String menteeToken = tokens.accessToken(mentee, Roles.ADVISOR);
      HttpRequest suggest =
          HttpRequest.newBuilder(URI.create(base + "/api/v1/me/mentor-suggestions?limit=10"))
              .header("Authorization", "Bearer " + menteeToken)
              .GET()
              .build();
      for (int i = 0; i < 200; i++) {
        check(http.send(suggest, HttpResponse.BodyHandlers.ofString()));
      }
      long[] ms = new long[requests];
      for (int i = 0; i < requests; i++) {
        long s = System.nanoTime();
        check(http.send(suggest, HttpResponse.BodyHandlers.ofString()));
        ms[i] = System.nanoTime() - s;
      }
      report("suggestions, warm pool", ms);
      // Every 10th request after a change elsewhere: the pool is rebuilt from the database.
      long[] changed = new long[requests / 10];
      try (Connection c = ds.getConnection()) {
        for (int i = 0; i < changed.length; i++) {
          bump(c);
          long s = System.nanoTime();
          check(http.send(suggest, HttpResponse.BodyHandlers.ofString()));
          changed[i] = System.nanoTime() - s;
        }
      }
      report("suggestions, first after a change (pool rebuilt)", changed);

      List<Long> cohort;
      try (Connection c = ds.getConnection()) {
        try (PreparedStatement ps =
            c.prepareStatement("UPDATE mentor_profiles SET paused = (member_id > ?)")) {
          ps.setLong(1, mentorIds.get(cohortMentors - 1));
          ps.executeUpdate();
        }
        cohort = new ArrayList<>();
        for (int i = 0; i < cohortMentees; i++) {
          cohort.add(member(c, "Kullmedlem " + i, false));
        }
        needs(c, terms, cohort, random);
        bump(c);
      }
      StringJoiner ids = new StringJoiner(",", "[", "]");
      cohort.forEach(id -> ids.add(Long.toString(id)));
      HttpRequest propose =
          HttpRequest.newBuilder(URI.create(base + "/api/v1/cohort-proposals"))
              .header(
                  "Authorization",
                  "Bearer " + tokens.accessToken(coordinator, Roles.ADVISOR, Roles.COORDINATOR))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"menteeIds\":" + ids + ",\"message\":\"Velkommen\"}"))
              .build();
      for (int run = 1; run <= 3; run++) {
        long s = System.nanoTime();
        HttpResponse<String> r = http.send(propose, HttpResponse.BodyHandlers.ofString());
        long wall = (System.nanoTime() - s) / 1_000_000;
        check(r);
        String body = r.body();
        System.out.printf(
            "cohort %d mentees x %d mentors through the API, run %d: %d ms wall (%s, %s, %s, %s)%n",
            cohortMentees,
            cohortMentors,
            run,
            wall,
            field(body, "elapsedMs"),
            field(body, "assignedCount"),
            field(body, "total"),
            field(body, "greedyTotal"));
      }
    }
    // The embedded database's process watcher is not a daemon thread.
    System.exit(0);
  }

  private static String field(String json, String name) {
    int i = json.indexOf("\"" + name + "\":");
    if (i < 0) {
      return name + "=?";
    }
    int start = i + name.length() + 3;
    int end = start;
    while (end < json.length() && ",}".indexOf(json.charAt(end)) < 0) {
      end++;
    }
    return name + "=" + json.substring(start, end);
  }

  private static void check(HttpResponse<String> r) {
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
  }

  private static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%s: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
        what,
        sorted.length,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.95)] / 1e6,
        sorted[(int) (sorted.length * 0.99)] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  private record Terms(
      long[] systems, long[] topics, long[] workplaces, long[] regions, long[] languages) {

    static Terms load(Connection c) throws SQLException {
      return new Terms(
          ids(c, "SYSTEM"),
          ids(c, "EXPERTISE"),
          ids(c, "WORKPLACE_TYPE"),
          ids(c, "REGION"),
          ids(c, "LANGUAGE"));
    }

    private static long[] ids(Connection c, String kind) throws SQLException {
      List<Long> out = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement("SELECT id FROM taxonomy_terms WHERE kind = ? ORDER BY sort_order")) {
        ps.setString(1, kind);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getLong(1));
          }
        }
      }
      return out.stream().mapToLong(Long::longValue).toArray();
    }
  }

  private static long member(Connection c, String name, boolean coordinator) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO members (email, display_name, status, coordinator) VALUES (?, ?, 'ACTIVE', ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, "bench-" + System.nanoTime() + "@helsebro.test");
      ps.setString(2, name);
      ps.setBoolean(3, coordinator);
      ps.executeUpdate();
      try (ResultSet k = ps.getGeneratedKeys()) {
        k.next();
        return k.getLong(1);
      }
    }
  }

  private static List<Long> seedMentors(Connection c, Terms t, int n, Random r)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(member(c, "Mentor " + i, false));
    }
    try (PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO mentor_profiles (member_id, capacity, active_mentees, availability,"
                    + " contact_mode, paused) VALUES (?, ?, ?, ?, 'MESSAGES', ?)");
        PreparedStatement term =
            c.prepareStatement(
                "INSERT IGNORE INTO mentor_terms (member_id, term_id) VALUES (?, ?)")) {
      for (long id : ids) {
        int capacity = 1 + r.nextInt(5);
        p.setLong(1, id);
        p.setInt(2, capacity);
        p.setInt(3, r.nextInt(3) == 0 ? r.nextInt(capacity) : 0);
        p.setInt(4, 1 + r.nextInt(63));
        p.setBoolean(5, r.nextInt(40) == 0);
        p.addBatch();
        for (long[] kind : List.of(t.systems, t.topics, t.workplaces, t.regions, t.languages)) {
          int k = kind == t.systems ? 1 + r.nextInt(5) : 1 + r.nextInt(2);
          for (int j = 0; j < k; j++) {
            term.setLong(1, id);
            term.setLong(2, kind[skewed(r, kind.length)]);
            term.addBatch();
          }
        }
      }
      p.executeBatch();
      term.executeBatch();
    }
    return ids;
  }

  private static void needs(Connection c, Terms t, List<Long> mentees, Random r)
      throws SQLException {
    try (PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO mentee_needs (member_id, goals, workplace_type_id, region_id,"
                    + " language_id, availability, same_region, same_background)"
                    + " VALUES (?, 'Bli tryggere i rollen', ?, ?, ?, ?, ?, FALSE)");
        PreparedStatement term =
            c.prepareStatement(
                "INSERT IGNORE INTO mentee_need_terms (member_id, term_id) VALUES (?, ?)")) {
      for (long id : mentees) {
        p.setLong(1, id);
        p.setLong(2, t.workplaces[skewed(r, t.workplaces.length)]);
        p.setLong(3, t.regions[r.nextInt(t.regions.length)]);
        p.setLong(4, t.languages[r.nextInt(10) < 8 ? 0 : r.nextInt(t.languages.length)]);
        p.setInt(5, r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(63));
        p.setBoolean(6, r.nextBoolean());
        p.addBatch();
        for (int j = 0; j < 1 + r.nextInt(3); j++) {
          term.setLong(1, id);
          term.setLong(2, t.systems[skewed(r, t.systems.length)]);
          term.addBatch();
        }
        if (r.nextBoolean()) {
          term.setLong(1, id);
          term.setLong(2, t.topics[r.nextInt(t.topics.length)]);
          term.addBatch();
        }
      }
      p.executeBatch();
      term.executeBatch();
    }
  }

  private static void bump(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE mentoring_revision SET revision = revision + 1 WHERE id = 1");
    }
  }

  private static int skewed(Random r, int size) {
    double x = r.nextDouble();
    return (int) Math.min(size - 1, Math.floor(size * x * x));
  }
}
