package no.helsebro.mentoring;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.helsebro.mentoring.matching.Shift;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.profiles.TaxonomyChanged;
import no.helsebro.profiles.TaxonomyKind;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;

/**
 * Builds mentoring data through the API for tests: unique taxonomy terms (so a test's mentors are
 * the best match for its mentee whatever else is in the database), mentors, needs, requests and
 * mentorships.
 */
@Singleton
class MentoringFixtures {

  private final JdbcQueries sql;
  private final ChangeFeed feed;
  private final TestMembers members;
  private final OverridableMemberFacts facts;
  private final BlockingHttpClient http;

  MentoringFixtures(
      JdbcQueries sql,
      ChangeFeed feed,
      TestMembers members,
      OverridableMemberFacts facts,
      @Client("/") HttpClient client) {
    this.sql = sql;
    this.feed = feed;
    this.members = members;
    this.facts = facts;
    this.http = client.toBlocking();
  }

  BlockingHttpClient http() {
    return http;
  }

  TestMembers members() {
    return members;
  }

  /** A fresh taxonomy term of a kind, seen by no other test. */
  long newTerm(String kind) {
    String code = "t-" + UUID.randomUUID().toString().substring(0, 12);
    long id =
        sql.insert(
            "INSERT INTO taxonomy_terms (kind, code, name_nb, name_en, sort_order)"
                + " VALUES (?, ?, ?, ?, 500)",
            kind,
            code,
            "Testterm " + code,
            "Test term " + code);
    // As the taxonomy service does: the term caches (profiles' TermCache, read by the forum's
    // labels and the question routing) forget on the event.
    feed.publish(new TaxonomyChanged(TaxonomyKind.valueOf(kind), id));
    return id;
  }

  /** A seeded term by kind and code, e.g. ("LANGUAGE", "nb"). */
  long term(String kind, String code) {
    return sql.one(
            "SELECT id FROM taxonomy_terms WHERE kind = ? AND code = ?",
            rs -> rs.getLong(1),
            kind,
            code)
        .orElseThrow(() -> new IllegalStateException("No term " + kind + "/" + code));
  }

  long anyTerm(String kind) {
    return sql.one(
            "SELECT id FROM taxonomy_terms WHERE kind = ? AND NOT archived ORDER BY sort_order LIMIT 1",
            rs -> rs.getLong(1),
            kind)
        .orElseThrow();
  }

  void profile(
      TestMember m,
      Long background,
      Long workplace,
      Long region,
      Set<Long> systems,
      Set<Long> langs) {
    facts.profile(m.id(), background, workplace, region, systems, langs);
  }

  /** Makes every instance's mentor pool reload (after a test changed members or facts). */
  void refreshPool() {
    sql.update("UPDATE mentoring_revision SET revision = revision + 1 WHERE id = 1");
  }

  static MentorProfileRequest mentorProfile(List<Long> systems, int capacity) {
    return new MentorProfileRequest(
        systems,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        capacity,
        List.of(Shift.WEEKDAY_EVENING),
        ContactMode.MESSAGES,
        "Jeg har innført DIPS Arena på tre avdelinger.",
        false);
  }

  /** A new member who has opted in as mentor with this profile (languages default to bokmål). */
  TestMember mentor(MentorProfileRequest profile) {
    TestMember m = members.mentor();
    MentorProfileRequest p =
        profile.languageIds().isEmpty()
            ? new MentorProfileRequest(
                profile.systemIds(),
                profile.topicIds(),
                profile.workplaceTypeIds(),
                profile.regionIds(),
                List.of(term("LANGUAGE", "nb")),
                profile.capacity(),
                profile.availability(),
                profile.contactMode(),
                profile.introduction(),
                profile.paused())
            : profile;
    put(m.token(), "/api/v1/me/mentor-profile", p, MentorProfileView.class);
    return m;
  }

  TestMember mentorOf(long system, int capacity) {
    return mentor(mentorProfile(List.of(system), capacity));
  }

  static MenteeNeedsRequest needs(List<Long> systems) {
    return new MenteeNeedsRequest(
        systems,
        List.of(),
        "Få flere til å dokumentere i mobil løsning",
        null,
        null,
        null,
        List.of(),
        false,
        false,
        null);
  }

  TestMember menteeNeeding(long system) {
    TestMember m = members.advisor();
    put(m.token(), "/api/v1/me/mentee-needs", needs(List.of(system)), MenteeNeedsView.class);
    return m;
  }

  MentorRequestView request(TestMember mentee, TestMember mentor) {
    return post(
        mentee.token(),
        "/api/v1/mentor-requests",
        new NewMentorRequest(mentor.id(), "Kan du hjelpe meg med opplæring i DIPS Arena?"),
        MentorRequestView.class);
  }

  MentorRequestView decide(TestMember who, long requestId, String status, String note) {
    return patch(
        who.token(),
        "/api/v1/mentor-requests/" + requestId,
        Map.of("status", status, "note", note == null ? "" : note),
        MentorRequestView.class);
  }

  /** A mentor, a mentee and an accepted request between them: an active mentorship. */
  record Pair(TestMember mentor, TestMember mentee, long mentorshipId) {}

  Pair mentorship() {
    TestMember mentor = mentorOf(newTerm("SYSTEM"), 2);
    TestMember mentee = members.advisor();
    MentorRequestView r = request(mentee, mentor);
    MentorRequestView accepted = decide(mentor, r.id(), "ACCEPTED", "Velkommen!");
    return new Pair(mentor, mentee, accepted.mentorshipId());
  }

  /** An advisor whose account is a month old, so the forum's limits for newcomers do not apply. */
  TestMember veteran() {
    TestMember m = members.advisor();
    sql.update(
        "UPDATE members SET created_at = UTC_TIMESTAMP(6) - INTERVAL 30 DAY WHERE id = ?", m.id());
    return m;
  }

  /** A question asked in the forum through its API, about a system in a kind of workplace. */
  long question(TestMember asker, long system, long workplace) {
    long category =
        sql.one(
                "SELECT id FROM forum_categories WHERE slug = 'patient-records'",
                rs -> rs.getLong(1))
            .orElseThrow();
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("categoryId", category);
    body.put("kind", "QUESTION");
    body.put("title", "Hvordan får vi til nattlig dokumentasjon " + UUID.randomUUID());
    body.put("body", "Vi sliter med dette i sykehjemmet.");
    body.put("systemIds", List.of(system));
    body.put("workplaceTypeId", workplace);
    Map<String, Object> created =
        http.retrieve(
            HttpRequest.POST("/api/v1/topics", body)
                .bearerAuth(asker.token())
                .header("Idempotency-Key", UUID.randomUUID().toString()),
            Argument.mapOf(String.class, Object.class));
    return ((Number) created.get("id")).longValue();
  }

  // --- HTTP helpers

  <T> T get(String token, String path, Class<T> type) {
    return http.retrieve(HttpRequest.GET(path).bearerAuth(token), type);
  }

  <T> List<T> getList(String token, String path, Class<T> type) {
    return http.retrieve(HttpRequest.GET(path).bearerAuth(token), Argument.listOf(type));
  }

  <T> T put(String token, String path, Object body, Class<T> type) {
    return http.retrieve(HttpRequest.PUT(path, body).bearerAuth(token), type);
  }

  <T> T post(String token, String path, Object body, Class<T> type) {
    return http.retrieve(HttpRequest.POST(path, body).bearerAuth(token), type);
  }

  <T> T patch(String token, String path, Object body, Class<T> type) {
    return http.retrieve(HttpRequest.PATCH(path, body).bearerAuth(token), type);
  }

  /** The status of a call, whether it succeeded or not. */
  int status(MutableHttpRequest<?> request) {
    try {
      HttpResponse<?> r = http.exchange(request);
      return r.code();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }

  /** A refused call: its status and problem body. */
  record Refusal(int status, Map<String, Object> problem) {

    String code() {
      return (String) problem.get("code");
    }
  }

  @SuppressWarnings("unchecked")
  Refusal refusal(MutableHttpRequest<?> request) {
    try {
      http.exchange(request);
    } catch (HttpClientResponseException e) {
      Map<String, Object> body = e.getResponse().getBody(Map.class).orElse(Map.of());
      return new Refusal(e.getStatus().getCode(), body);
    }
    throw new AssertionError("Expected " + request.getPath() + " to be refused");
  }
}
