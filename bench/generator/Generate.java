import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills a migrated Helsebro database with a realistic national community: Norwegian names and
 * workplaces, health regions and counties, systems, questions, stories and training resources in
 * Norwegian, replies, reactions and reading state. Deterministic for a given seed.
 *
 * <pre>
 * java -cp mariadb-java-client.jar bench/generator/Generate.java \
 *   --url jdbc:mariadb://127.0.0.1:3306/helsebro_bench --user root --password '' \
 *   --members 10000 --topics 100000 --replies 1000000 [--big-topics 5 --big-topic-replies 500] [--seed 42]
 * </pre>
 *
 * Members get the e-mail bench-N@<allow-listed domain> and the password "bench-password-2026"
 * (its hash, made once by Helsebro's own hasher with bench/generator/PasswordHash.java, is given
 * with --password-hash and reused for every member). The first member (bench-FIRST@…) is the
 * benchmark member. The first --big-topics topics have exactly --big-topic-replies replies.
 */
public class Generate {

  static final String[] FIRST = {
    "Kari", "Ingrid", "Anne", "Liv", "Marit", "Hilde", "Silje", "Ragnhild", "Tone", "Eli",
    "Nina", "Camilla", "Ida", "Marte", "Hanne", "Solveig", "Astrid", "Guro", "Turid", "Bente",
    "Ola", "Per", "Lars", "Jon", "Knut", "Arne", "Bjørn", "Geir", "Terje", "Øyvind", "Håkon",
    "Magnus", "Jonas", "Sindre", "Eirik", "Trond", "Svein", "Odd", "Åse", "Sigrid", "Fatima",
    "Amina", "Agnieszka", "Tomasz", "Mohammed", "Aisha", "Elif", "Sara", "Maja", "Nora", "Emma",
    "Leah", "Johanne", "Thea", "Vilde", "Mathilde", "Kristoffer", "Andreas", "Ørjan", "Ådne"
  };
  static final String[] LAST = {
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen",
    "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg",
    "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen",
    "Lie", "Amundsen", "Nguyen", "Rasmussen", "Ali", "Lunde", "Solheim", "Berge", "Moe",
    "Nygård", "Bakke", "Kowalski", "Nowak", "Ahmed", "Sæther", "Østby", "Ødegård", "Aasen"
  };
  static final String[] ROLES = {
    "IKT-rådgiver", "Systemansvarlig EPJ", "Fagutviklingssykepleier", "Superbruker",
    "Rådgiver velferdsteknologi", "Fagsystemkoordinator", "Systemforvalter", "Prosjektleder e-helse",
    "IKT-koordinator", "Digitaliseringsrådgiver"
  };
  static final String[] OPENERS = {
    "Vi har nettopp tatt i bruk", "Hos oss i kommunen har vi slitt med", "Er det noen som har erfaring med",
    "Etter oppgraderingen av", "Ledelsen vil at vi skal innføre", "Nyansatte synes det er vanskelig å lære",
    "Vi mangler trådløst nett på avdelingen, og", "Superbrukerne våre spør stadig om",
    "Vi skal bytte fra", "Hvordan organiserer dere opplæringen i"
  };
  static final String[] MIDDLES = {
    "dokumentasjon av legemiddelhåndtering", "tilgangsstyring for vikarer", "meldingsutveksling med sykehuset",
    "pleie- og omsorgsmeldinger", "kjernejournal ved innleggelse", "e-resept i hjemmetjenesten",
    "digitalt tilsyn om natten", "medisindispensere hos brukerne", "utskrift av arbeidslister",
    "innlogging med HelseID", "maler for sykepleiedokumentasjon", "rapportering til IPLOS",
    "timebok og vaktplan", "avviksmeldinger", "integrasjon mot fastlegens journal"
  };
  static final String[] CLOSERS = {
    "Hvordan løste dere det?", "Tips mottas med takk.", "Vi er tre stykker som prøver å få dette til.",
    "Det tar mye tid fra pasientarbeidet.", "Har dere en sjekkliste dere kan dele?",
    "Leverandøren svarer ikke, så vi spør her.", "Det virker som om vi er de eneste med dette problemet.",
    "Vi har vaktordning, så opplæringen må kunne tas på kveldstid."
  };
  static final String[] REPLIES = {
    "Vi hadde det samme problemet i fjor. Det som hjalp var å lage en kort sjekkliste og henge den ved medisinrommet.",
    "Sjekk at rollen i EPJ har riktige tilganger. Hos oss manglet vikarene tilgang til legemiddelkurven.",
    "Vi løste det med faste superbrukertimer hver tirsdag, også på kveldsvakt.",
    "Ta kontakt med leverandøren og be om en testkonto, da kan dere øve uten pasientdata.",
    "Det viktigste for oss var at avdelingslederen var med fra starten. Uten forankring stoppet det opp.",
    "Vi lagde korte videoer på to minutter. De ble mye mer brukt enn de lange kursene.",
    "Husk å melde fra til personvernombudet før dere skrur på logging av den typen.",
    "Vi har god erfaring med å la nyutdannede gå sammen med en erfaren kollega første uka.",
    "Trådløst nett var problemet hos oss også. Vi fikk midler gjennom velferdsteknologiprogrammet.",
    "Takk for tipset! Vi prøver det neste uke og melder tilbake hvordan det gikk."
  };
  static final String[] TAGS = {
    "opplæring", "tilgangsstyring", "legemidler", "nattevakt", "vikarer", "oppgradering", "integrasjon",
    "superbrukere", "trådløst-nett", "personvern", "sjekkliste", "video", "innføring", "maler", "rapportering"
  };

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    String url = a.getOrDefault("url", "jdbc:mariadb://127.0.0.1:3306/helsebro_bench");
    int members = Integer.parseInt(a.getOrDefault("members", "10000"));
    int topics = Integer.parseInt(a.getOrDefault("topics", "100000"));
    // Replies (posts after the opening post of each topic); --posts N (total) is still accepted.
    long replies = Long.parseLong(a.getOrDefault("replies", "1000000"));
    long posts = a.containsKey("posts") ? Long.parseLong(a.get("posts")) : topics + replies;
    int bigTopics = Integer.parseInt(a.getOrDefault("big-topics", "5"));
    int bigReplies = Integer.parseInt(a.getOrDefault("big-topic-replies", "500"));
    long seed = Long.parseLong(a.getOrDefault("seed", "42"));
    String passwordHash = a.get("password-hash");
    Random random = new Random(seed);
    Instant started = Instant.now();

    String sep = url.contains("?") ? "&" : "?";
    try (Connection c =
        DriverManager.getConnection(
            url + sep + "rewriteBatchedStatements=true&useBulkStmts=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true",
            a.getOrDefault("user", "root"),
            a.getOrDefault("password", ""))) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        // Not "SET unique_checks = 0": on MariaDB 10.11.19 that turns on the bulk load into empty
        // tables, which here silently lost every row of account_credentials, member_profiles and
        // forum_reads (their inserts reported success; the tables were empty after commit).
        s.execute("SET foreign_key_checks = 0");
      }
      Generate g = new Generate(c, random);
      long firstMember = g.members(members, passwordHash);
      g.topicsAndPosts(firstMember, members, topics, posts, bigTopics, bigReplies);
      try (Statement s = c.createStatement()) {
        s.execute("SET foreign_key_checks = 1");
      }
      c.commit();
    }
    System.out.printf(
        "Generated %d members, %d topics, %d replies (%d posts) in %d s%n",
        members, topics, posts - topics, posts, Duration.between(started, Instant.now()).toSeconds());
  }

  final Connection c;
  final Random random;

  Generate(Connection c, Random random) {
    this.c = c;
    this.random = random;
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  Map<String, Long> ids(String sql) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) out.put(rs.getString(2), rs.getLong(1));
    }
    return out;
  }

  boolean hasColumn(String table, String column) throws SQLException {
    try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, table, column)) {
      return rs.next();
    }
  }

  static final String[] ORGS = {
    "Oslo kommune", "Bergen kommune", "Trondheim kommune", "Stavanger kommune", "Tromsø kommune",
    "Bærum kommune", "Kristiansand kommune", "Drammen kommune", "Fredrikstad kommune", "Bodø kommune",
    "Ålesund kommune", "Lillehammer kommune", "Molde kommune", "Hammerfest kommune", "Førde kommune",
    "Oslo universitetssykehus", "Haukeland universitetssjukehus", "St. Olavs hospital",
    "Universitetssykehuset Nord-Norge", "Sykehuset Innlandet", "Helse Møre og Romsdal",
    "Sørlandet sykehus", "Vestre Viken", "Akershus universitetssykehus", "Helse Stavanger",
    "Nordlandssykehuset", "Helse Fonna", "Sykehuset Østfold", "Legesenteret Torget", "Tannhelsetjenesten"
  };
  static final String[] BIOS = {
    "Jobber med innføring av ny EPJ i hjemmetjenesten og opplæring av superbrukere.",
    "Sykepleier i bunnen, nå systemansvarlig for fagsystemene i helse og omsorg.",
    "Brenner for velferdsteknologi og digitalt tilsyn. Spør meg gjerne om medisindispensere.",
    "Har ansvar for tilgangsstyring og opplæring av vikarer på sykehjemmene våre.",
    "Prosjektleder for meldingsutveksling mellom kommunen og sykehuset.",
    "Superbruker på natt. Lager korte opplæringsvideoer for kolleger."
  };
  static final String[] SHIFTS = {"DAY", "EVENING", "NIGHT", "ROTATING", "OFFICE_HOURS", "PART_TIME"};

  List<Long> terms(String kind) throws SQLException {
    return new ArrayList<>(ids("SELECT id, code FROM taxonomy_terms WHERE kind = '" + kind + "'").values());
  }

  /**
   * Members with accounts (password, confirmed e-mail), profiles (title, organisation, background,
   * workplace type, region and county, bio, shift) and profile terms (systems, expertise, languages).
   * The first member is the benchmark member: an ordinary advisor whose account is 1,000 days old,
   * so the new-member rate limit does not apply to it. Every 500th member (offset 250) is a
   * coordinator (coordinators must use a second factor, so the bench signs in as advisors).
   */
  long members(int count, String passwordHash) throws SQLException {
    List<String> domains = new ArrayList<>(ids("SELECT id, domain FROM email_domains").keySet());
    if (domains.isEmpty()) domains = List.of("kommune.no");
    long first;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM members")) {
      rs.next();
      first = rs.getLong(1);
    }
    List<Long> backgrounds = terms("BACKGROUND");
    List<Long> workplaces = terms("WORKPLACE_TYPE");
    List<Long> systems = terms("SYSTEM");
    List<Long> expertise = terms("EXPERTISE");
    List<Long> languages = terms("LANGUAGE");
    Map<Long, Long> countyRegion = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, parent_id FROM taxonomy_terms WHERE kind = 'COUNTY'")) {
      while (rs.next()) countyRegion.put(rs.getLong(1), rs.getLong(2));
    }
    List<Long> counties = new ArrayList<>(countyRegion.keySet());
    Instant now = Instant.now();
    try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO members (id, email, display_name, status, coordinator, language, approved_at, created_at, updated_at)"
                + " VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)");
        PreparedStatement cred = c.prepareStatement(
            "INSERT INTO account_credentials (member_id, password_hash, password_changed_at, email_confirmed_at)"
                + " VALUES (?, ?, ?, ?)");
        PreparedStatement prof = c.prepareStatement(
            "INSERT INTO member_profiles (member_id, title, organisation, background_id, workplace_type_id, region_id,"
                + " county_id, bio, shift_pattern) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement term = c.prepareStatement(
            "INSERT IGNORE INTO member_profile_terms (member_id, relation, term_id) VALUES (?, ?, ?)")) {
      for (int i = 0; i < count; i++) {
        long id = first + i;
        String name = pick(FIRST) + " " + pick(LAST);
        ps.setLong(1, id);
        ps.setString(2, "bench-" + id + "@" + domains.get(i % domains.size()));
        ps.setString(3, name);
        ps.setBoolean(4, i % 500 == 250);
        ps.setString(5, i % 10 == 0 && i > 0 ? "en" : "nb");
        Timestamp joined = Timestamp.from(now.minus(Duration.ofDays(i == 0 ? 1000 : 8 + random.nextInt(900))));
        ps.setTimestamp(6, joined);
        ps.setTimestamp(7, joined);
        ps.setTimestamp(8, joined);
        ps.addBatch();
        cred.setLong(1, id);
        cred.setString(2, passwordHash);
        cred.setTimestamp(3, passwordHash == null ? null : joined);
        cred.setTimestamp(4, joined);
        cred.addBatch();
        long county = counties.isEmpty() ? 0 : counties.get(random.nextInt(counties.size()));
        prof.setLong(1, id);
        prof.setString(2, pick(ROLES));
        prof.setString(3, pick(ORGS));
        setId(prof, 4, backgrounds);
        setId(prof, 5, workplaces);
        if (counties.isEmpty()) {
          prof.setNull(6, java.sql.Types.BIGINT);
          prof.setNull(7, java.sql.Types.BIGINT);
        } else {
          prof.setLong(6, countyRegion.get(county));
          prof.setLong(7, county);
        }
        prof.setString(8, random.nextInt(3) == 0 ? null : pick(BIOS));
        prof.setString(9, pick(SHIFTS));
        prof.addBatch();
        addTerms(term, id, "SYSTEM_USED", systems, 1 + random.nextInt(3));
        addTerms(term, id, "SYSTEM_KNOWN", systems, random.nextInt(2));
        addTerms(term, id, "EXPERTISE", expertise, random.nextInt(3));
        addTerms(term, id, "LANGUAGE", languages, 1 + (random.nextInt(5) == 0 ? 1 : 0));
        if (i % 2000 == 1999) {
          ps.executeBatch();
          cred.executeBatch();
          prof.executeBatch();
          term.executeBatch();
        }
      }
      ps.executeBatch();
      cred.executeBatch();
      prof.executeBatch();
      term.executeBatch();
    }
    c.commit();
    return first;
  }

  void setId(PreparedStatement ps, int index, List<Long> values) throws SQLException {
    if (values.isEmpty()) ps.setNull(index, java.sql.Types.BIGINT);
    else ps.setLong(index, values.get(random.nextInt(values.size())));
  }

  void addTerms(PreparedStatement ps, long member, String relation, List<Long> values, int n) throws SQLException {
    for (int k = 0; k < n && !values.isEmpty(); k++) {
      ps.setLong(1, member);
      ps.setString(2, relation);
      ps.setLong(3, values.get(random.nextInt(values.size())));
      ps.addBatch();
    }
  }

  String question() {
    return pick(OPENERS) + " " + pick(MIDDLES) + ". " + pick(CLOSERS);
  }

  static String html(String md) {
    return "<p>" + md.replace("&", "&amp;").replace("<", "&lt;") + "</p>";
  }

  void topicsAndPosts(long firstMember, int members, int topicCount, long postCount, int bigTopics, int bigReplies)
      throws SQLException {
    List<Long> categories = new ArrayList<>(ids("SELECT id, slug FROM forum_categories").values());
    List<Long> systems = new ArrayList<>(ids("SELECT id, code FROM taxonomy_terms WHERE kind = 'SYSTEM'").values());
    long firstTopic;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM forum_topics")) {
      rs.next();
      firstTopic = rs.getLong(1);
    }
    // Replies per topic: a long tail; a few big threads of bigReplies replies for the topic-page benchmark.
    long repliesLeft = Math.max(0, postCount - topicCount);
    int[] replies = new int[topicCount];
    for (int t = 0; t < Math.min(bigTopics, topicCount); t++) {
      replies[t] = bigReplies;
      repliesLeft -= bigReplies;
    }
    for (int t = bigTopics; t < topicCount && repliesLeft > 0; t++) {
      double mean = (double) repliesLeft / (topicCount - t);
      int n = (int) Math.min(repliesLeft, Math.round(-Math.log(1 - random.nextDouble()) * mean));
      replies[t] = n;
      repliesLeft -= n;
    }
    Instant now = Instant.now();
    String[] kinds = {"QUESTION", "QUESTION", "QUESTION", "DISCUSSION", "DISCUSSION", "STORY", "TRAINING"};
    try (PreparedStatement topic = c.prepareStatement(
            "INSERT INTO forum_topics (id, category_id, kind, title, author_id, created_at, last_activity_at, last_poster_id,"
                + " last_post_number, reply_count, helpful_count, solved, training_format) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement post = c.prepareStatement(
            "INSERT INTO forum_posts (topic_id, post_number, author_id, body_md, body_html, created_at, helpful_count)"
                + " VALUES (?,?,?,?,?,?,?)");
        PreparedStatement system = c.prepareStatement("INSERT IGNORE INTO forum_topic_systems (topic_id, term_id) VALUES (?,?)")) {
      long batched = 0;
      for (int t = 0; t < topicCount; t++) {
        long id = firstTopic + t;
        long author = firstMember + random.nextInt(members);
        Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 800)));
        int n = replies[t];
        Instant last = n == 0 ? created : created.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30) + n));
        if (last.isAfter(now)) last = now;
        String kind = pick(kinds);
        String raw = pick(MIDDLES) + ": " + pick(CLOSERS);
        String title = raw.substring(0, 1).toUpperCase() + raw.substring(1);
        int helpful = n == 0 ? 0 : random.nextInt(Math.min(n, 10) + 1);
        topic.setLong(1, id);
        topic.setLong(2, categories.get(random.nextInt(categories.size())));
        topic.setString(3, kind);
        topic.setString(4, title.length() > 200 ? title.substring(0, 200) : title);
        topic.setLong(5, author);
        topic.setTimestamp(6, Timestamp.from(created));
        topic.setTimestamp(7, Timestamp.from(last));
        topic.setLong(8, firstMember + random.nextInt(members));
        topic.setInt(9, n + 1);
        topic.setInt(10, n);
        topic.setInt(11, helpful);
        topic.setBoolean(12, "QUESTION".equals(kind) && n > 0 && random.nextInt(3) > 0);
        topic.setString(13, "TRAINING".equals(kind) ? pick(new String[] {"CHECKLIST", "VIDEO", "ELEARNING", "GUIDE", "SLIDES"}) : null);
        topic.addBatch();
        system.setLong(1, id);
        system.setLong(2, systems.get(random.nextInt(systems.size())));
        system.addBatch();
        String opening = question();
        addPost(post, id, 1, author, opening, created, 0);
        for (int p = 2; p <= n + 1; p++) {
          Instant at = created.plus(Duration.ofMinutes((long) (p - 1) * Math.max(1, Duration.between(created, last).toMinutes() / Math.max(1, n))));
          addPost(post, id, p, firstMember + random.nextInt(members), pick(REPLIES), at, random.nextInt(20) == 0 ? 1 : 0);
        }
        batched += n + 1;
        if (t % 500 == 499 || batched > 20_000) {
          topic.executeBatch();
          system.executeBatch();
          post.executeBatch();
          c.commit();
          batched = 0;
        }
        if (t % 10_000 == 9_999) System.out.printf("  %d topics%n", t + 1);
      }
      topic.executeBatch();
      system.executeBatch();
      post.executeBatch();
      c.commit();
    }
    // Counters and tags derived from what was generated, in set-based SQL.
    try (Statement s = c.createStatement()) {
      for (String tag : TAGS) {
        s.addBatch("INSERT IGNORE INTO forum_tags (name) VALUES ('" + tag + "')");
      }
      s.executeBatch();
      s.execute("INSERT IGNORE INTO forum_topic_tags (topic_id, tag_id) SELECT t.id, g.id FROM forum_topics t"
          + " JOIN forum_tags g ON g.id = 1 + MOD(t.id, (SELECT COUNT(*) FROM forum_tags)) WHERE t.id >= " + firstTopic);
      s.execute("UPDATE forum_tags g SET topic_count = (SELECT COUNT(*) FROM forum_topic_tags x WHERE x.tag_id = g.id)");
      s.execute("UPDATE forum_categories k SET topic_count = (SELECT COUNT(*) FROM forum_topics t WHERE t.category_id = k.id)");
      // Replies by someone other than the asker answer a topic (forum.Answers, ADR 0406).
      s.execute("UPDATE forum_topics t SET t.answer_count = (SELECT COUNT(*) FROM forum_posts p"
          + " WHERE p.topic_id = t.id AND p.post_number > 1 AND NOT p.deleted AND NOT p.hidden"
          + " AND NOT (p.author_id <=> t.author_id)) WHERE t.id >= " + firstTopic);
      s.execute("UPDATE forum_topics t JOIN forum_posts p ON p.topic_id = t.id AND p.post_number = 2"
          + " SET t.accepted_post_id = p.id WHERE t.solved AND t.id >= " + firstTopic);
      s.execute("INSERT INTO forum_member_stats (member_id, topic_count, reply_count)"
          + " SELECT m.id, (SELECT COUNT(*) FROM forum_topics t WHERE t.author_id = m.id),"
          + " (SELECT COUNT(*) FROM forum_posts p WHERE p.author_id = m.id AND p.post_number > 1)"
          + " FROM members m WHERE m.id >= " + firstMember
          + " ON DUPLICATE KEY UPDATE topic_count = VALUES(topic_count), reply_count = VALUES(reply_count)");
    }
    c.commit();
    reads(firstMember, members, firstTopic, topicCount, bigTopics);
    c.commit();
  }

  /**
   * Reading state (unread markers): each member has a row for about 100 topics, 60 of them among
   * the 3,000 most recently active (what the lists show first), 40 anywhere; about a third are
   * behind the topic's last post (unread replies). The first 100 members (the bench members) have
   * also read the big topics and the 1,000 most recent topics, again partly behind.
   */
  void reads(long firstMember, int members, long firstTopic, int topicCount, int bigTopics) throws SQLException {
    List<long[]> recent = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, last_post_number FROM forum_topics WHERE id >= " + firstTopic
            + " ORDER BY last_activity_at DESC LIMIT 3000")) {
      while (rs.next()) recent.add(new long[] {rs.getLong(1), rs.getLong(2)});
    }
    int[] lastPost = new int[topicCount];
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, last_post_number FROM forum_topics WHERE id >= " + firstTopic)) {
      while (rs.next()) lastPost[(int) (rs.getLong(1) - firstTopic)] = rs.getInt(2);
    }
    long rows = 0;
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT IGNORE INTO forum_reads (member_id, topic_id, last_read_post_number) VALUES (?, ?, ?)")) {
      for (int m = 0; m < members; m++) {
        long member = firstMember + m;
        for (int k = 0; k < 100; k++) {
          long topic;
          int last;
          if (k < 60 && !recent.isEmpty()) {
            long[] r = recent.get(random.nextInt(recent.size()));
            topic = r[0];
            last = (int) r[1];
          } else {
            int t = random.nextInt(topicCount);
            topic = firstTopic + t;
            last = lastPost[t];
          }
          addRead(ps, member, topic, last);
        }
        if (m < 100) {
          for (int t = 0; t < Math.min(bigTopics, topicCount); t++) addRead(ps, member, firstTopic + t, lastPost[t]);
          for (int k = 0; k < Math.min(1000, recent.size()); k++) addRead(ps, member, recent.get(k)[0], (int) recent.get(k)[1]);
        }
        if (m % 200 == 199) {
          ps.executeBatch();
          c.commit();
        }
      }
      ps.executeBatch();
      c.commit();
    }
  }

  void addRead(PreparedStatement ps, long member, long topic, int lastPost) throws SQLException {
    ps.setLong(1, member);
    ps.setLong(2, topic);
    ps.setInt(3, random.nextInt(3) == 0 ? Math.max(1, lastPost - 1 - random.nextInt(Math.max(1, lastPost / 2 + 1))) : lastPost);
    ps.addBatch();
  }

  void addPost(PreparedStatement ps, long topic, int number, long author, String md, Instant at, int helpful)
      throws SQLException {
    ps.setLong(1, topic);
    ps.setInt(2, number);
    ps.setLong(3, author);
    ps.setString(4, md);
    ps.setString(5, html(md));
    ps.setTimestamp(6, Timestamp.from(at));
    ps.setInt(7, helpful);
    ps.addBatch();
  }
}
