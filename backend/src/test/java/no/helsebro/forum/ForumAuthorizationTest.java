package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every forum endpoint for every role and state: guests get 401, pending and suspended members 403,
 * active members what their role allows. Each request is one the actor could legitimately make
 * (their own post to edit, someone else's to thank), so a refusal comes from the role check.
 */
// A random port: other test runs on this machine may hold 8080.
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class ForumAuthorizationTest {

  @Inject ForumApi api;
  @Inject TestMembers members;

  enum Level {
    MEMBER,
    COORDINATOR
  }

  record Endpoint(String name, Level level, Function<TestMember, MutableHttpRequest<?>> request) {}

  enum Actor {
    ANONYMOUS,
    PENDING,
    SUSPENDED,
    ADVISOR,
    MENTOR,
    COORDINATOR
  }

  private TestMember actor(Actor a) {
    return switch (a) {
      case ANONYMOUS -> null;
      case PENDING -> members.pending();
      case SUSPENDED -> members.suspended();
      case ADVISOR -> backdated(members.advisor());
      case MENTOR -> backdated(members.mentor());
      case COORDINATOR -> members.coordinator();
    };
  }

  private TestMember backdated(TestMember m) {
    api.sql(
        "UPDATE members SET created_at = UTC_TIMESTAMP(6) - INTERVAL 30 DAY WHERE id = ?", m.id());
    return m;
  }

  /** The member who owns content that the actor acts on (the actor itself when it can post). */
  private TestMember owner(TestMember actor) {
    return actor != null && isActive(actor) ? actor : api.veteran();
  }

  private final Map<Long, Boolean> active = new HashMap<>();

  private boolean isActive(TestMember m) {
    return active.getOrDefault(m.id(), false);
  }

  private long question(TestMember owner) {
    return api.question(owner, ForumApi.unique("Tilgangstest"));
  }

  private long topicOfKind(TestMember owner, String kind) {
    Map<String, Object> r = api.topicRequest(kind, ForumApi.unique("Tilgang " + kind), "Innhold");
    if (kind.equals("STORY")) {
      r.put("story", Map.of("context", "Kontekst", "whatWeDid", "Dette gjorde vi"));
    }
    if (kind.equals("TRAINING")) {
      r.put("trainingFormat", "GUIDE");
      r.put("linkUrl", "https://example.org/guide");
    }
    return api.createTopic(owner, r);
  }

  private long tag() {
    String name = "tilgang-" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> r = api.topicRequest("DISCUSSION", ForumApi.unique("Tagget"), "x");
    r.put("tags", List.of(name));
    api.createTopic(api.veteran(), r);
    List<?> tags =
        api.http
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/tags?q=" + name).bearerAuth(api.veteran().token()),
                io.micronaut.core.type.Argument.listOf(Object.class));
    return ((Number) ((Map<?, ?>) tags.get(0)).get("id")).longValue();
  }

  private List<Endpoint> endpoints() {
    List<Endpoint> e = new ArrayList<>();
    Level m = Level.MEMBER;
    Level c = Level.COORDINATOR;
    e.add(new Endpoint("GET categories", m, a -> HttpRequest.GET("/api/v1/categories")));
    e.add(new Endpoint("GET category", m, a -> HttpRequest.GET("/api/v1/categories/coffee-room")));
    e.add(
        new Endpoint(
            "PUT category following",
            m,
            a ->
                HttpRequest.PUT(
                    "/api/v1/categories/" + api.categoryId("coffee-room") + "/following",
                    Map.of())));
    e.add(
        new Endpoint(
            "DELETE category following",
            m,
            a ->
                HttpRequest.DELETE(
                    "/api/v1/categories/" + api.categoryId("coffee-room") + "/following")));
    e.add(
        new Endpoint(
            "POST categories",
            c,
            a ->
                HttpRequest.POST(
                    "/api/v1/categories",
                    Map.of(
                        "slug",
                        "test-" + UUID.randomUUID().toString().substring(0, 8),
                        "nameNb",
                        "Test",
                        "nameEn",
                        "Test",
                        "archived",
                        true))));
    e.add(
        new Endpoint(
            "PUT category",
            c,
            a ->
                HttpRequest.PUT(
                    "/api/v1/categories/" + api.categoryId("coffee-room"),
                    Map.of(
                        "slug",
                        "coffee-room",
                        "nameNb",
                        "Kaffekroken",
                        "nameEn",
                        "Coffee room",
                        "descriptionNb",
                        "Løst og fast mellom kolleger.",
                        "descriptionEn",
                        "Anything and everything between colleagues."))));
    e.add(
        new Endpoint(
            "PUT category order",
            c,
            a -> {
              List<?> all =
                  api.http
                      .toBlocking()
                      .retrieve(
                          HttpRequest.GET("/api/v1/categories?includeArchived=true")
                              .bearerAuth(members.coordinator().token()),
                          io.micronaut.core.type.Argument.listOf(Object.class));
              return HttpRequest.PUT(
                  "/api/v1/categories/order",
                  Map.of("ids", all.stream().map(x -> ((Map<?, ?>) x).get("id")).toList()));
            }));
    e.add(new Endpoint("GET topics", m, a -> HttpRequest.GET("/api/v1/topics?sort=newest")));
    e.add(
        new Endpoint(
            "POST topics",
            m,
            a ->
                HttpRequest.POST(
                    "/api/v1/topics",
                    api.topicRequest("DISCUSSION", ForumApi.unique("Ny tråd"), "Hei"))));
    e.add(
        new Endpoint(
            "GET topic", m, a -> HttpRequest.GET("/api/v1/topics/" + question(api.veteran()))));
    e.add(
        new Endpoint(
            "POST reply",
            m,
            a ->
                HttpRequest.POST(
                    "/api/v1/topics/" + question(api.veteran()) + "/posts",
                    Map.of("body", "Svar"))));
    e.add(
        new Endpoint(
            "POST follow-up",
            m,
            a ->
                HttpRequest.POST(
                    "/api/v1/topics/" + topicOfKind(owner(a), "STORY") + "/follow-ups",
                    Map.of("body", "Det varte"))));
    e.add(
        new Endpoint(
            "PUT accepted answer",
            m,
            a -> {
              long q = question(owner(a));
              long r = api.replyId(api.veteran(), q, "Svaret");
              return HttpRequest.PUT(
                  "/api/v1/topics/" + q + "/accepted-answer", Map.of("postId", r));
            }));
    e.add(
        new Endpoint(
            "DELETE accepted answer",
            m,
            a -> HttpRequest.DELETE("/api/v1/topics/" + question(owner(a)) + "/accepted-answer")));
    e.add(
        new Endpoint(
            "PUT uses",
            m,
            a ->
                HttpRequest.PUT(
                    "/api/v1/topics/" + topicOfKind(api.veteran(), "TRAINING") + "/uses",
                    Map.of())));
    e.add(
        new Endpoint(
            "DELETE uses",
            m,
            a ->
                HttpRequest.DELETE(
                    "/api/v1/topics/" + topicOfKind(api.veteran(), "TRAINING") + "/uses")));
    e.add(
        new Endpoint(
            "PUT topic following",
            m,
            a ->
                HttpRequest.PUT(
                    "/api/v1/topics/" + question(api.veteran()) + "/following", Map.of())));
    e.add(
        new Endpoint(
            "DELETE topic following",
            m,
            a -> HttpRequest.DELETE("/api/v1/topics/" + question(api.veteran()) + "/following")));
    e.add(
        new Endpoint(
            "PUT bookmark",
            m,
            a ->
                HttpRequest.PUT(
                    "/api/v1/topics/" + question(api.veteran()) + "/bookmark", Map.of())));
    e.add(
        new Endpoint(
            "DELETE bookmark",
            m,
            a -> HttpRequest.DELETE("/api/v1/topics/" + question(api.veteran()) + "/bookmark")));
    e.add(
        new Endpoint(
            "PUT read",
            m,
            a ->
                HttpRequest.PUT(
                    "/api/v1/topics/" + question(api.veteran()) + "/read",
                    Map.of("postNumber", 1))));
    for (String action : List.of("hide", "lock", "unlock", "pin", "unpin", "reopen")) {
      e.add(
          new Endpoint(
              "POST topic " + action,
              c,
              a ->
                  HttpRequest.POST(
                      "/api/v1/topics/" + question(api.veteran()) + "/" + action,
                      Map.of("reason", "test"))));
    }
    e.add(
        new Endpoint(
            "POST topic restore",
            c,
            a -> {
              long q = question(api.veteran());
              api.send(
                  members.coordinator(),
                  HttpRequest.POST("/api/v1/topics/" + q + "/hide", Map.of()));
              return HttpRequest.POST("/api/v1/topics/" + q + "/restore", Map.of());
            }));
    e.add(
        new Endpoint(
            "POST topic close",
            c,
            a ->
                HttpRequest.POST(
                    "/api/v1/topics/" + question(api.veteran()) + "/close",
                    Map.of("reason", "Besvart andre steder"))));
    e.add(
        new Endpoint(
            "POST topic move",
            c,
            a ->
                HttpRequest.POST(
                    "/api/v1/topics/" + question(api.veteran()) + "/move",
                    Map.of("categoryId", api.categoryId("coffee-room")))));
    e.add(
        new Endpoint(
            "POST topic merge",
            c,
            a ->
                HttpRequest.POST(
                    "/api/v1/topics/" + question(api.veteran()) + "/merge",
                    Map.of("intoTopicId", question(api.veteran())))));
    e.add(
        new Endpoint(
            "GET post",
            m,
            a ->
                HttpRequest.GET(
                    "/api/v1/posts/" + api.replyId(api.veteran(), question(api.veteran()), "x"))));
    e.add(
        new Endpoint(
            "PUT post",
            m,
            a ->
                HttpRequest.PUT(
                    "/api/v1/posts/" + api.replyId(owner(a), question(api.veteran()), "x"),
                    Map.of("version", 1, "body", "y"))));
    e.add(
        new Endpoint(
            "DELETE post",
            m,
            a ->
                HttpRequest.DELETE(
                    "/api/v1/posts/" + api.replyId(owner(a), question(api.veteran()), "x"))));
    e.add(
        new Endpoint(
            "GET revisions",
            m,
            a ->
                HttpRequest.GET(
                    "/api/v1/posts/"
                        + api.replyId(api.veteran(), question(api.veteran()), "x")
                        + "/revisions")));
    for (String r : List.of("helpful", "thanks")) {
      e.add(
          new Endpoint(
              "PUT " + r,
              m,
              a ->
                  HttpRequest.PUT(
                      "/api/v1/posts/"
                          + api.replyId(api.veteran(), question(api.veteran()), "x")
                          + "/"
                          + r,
                      Map.of())));
      e.add(
          new Endpoint(
              "DELETE " + r,
              m,
              a ->
                  HttpRequest.DELETE(
                      "/api/v1/posts/"
                          + api.replyId(api.veteran(), question(api.veteran()), "x")
                          + "/"
                          + r)));
    }
    e.add(
        new Endpoint(
            "POST post hide",
            c,
            a ->
                HttpRequest.POST(
                    "/api/v1/posts/"
                        + api.replyId(api.veteran(), question(api.veteran()), "x")
                        + "/hide",
                    Map.of())));
    e.add(
        new Endpoint(
            "POST post restore",
            c,
            a ->
                HttpRequest.POST(
                    "/api/v1/posts/"
                        + api.replyId(api.veteran(), question(api.veteran()), "x")
                        + "/restore",
                    Map.of())));
    e.add(
        new Endpoint(
            "POST previews", m, a -> HttpRequest.POST("/api/v1/previews", Map.of("body", "*x*"))));
    e.add(new Endpoint("GET drafts", m, a -> HttpRequest.GET("/api/v1/drafts")));
    e.add(
        new Endpoint(
            "PUT draft",
            m,
            a -> HttpRequest.PUT("/api/v1/drafts/new-topic", Map.of("payload", "{}"))));
    e.add(
        new Endpoint(
            "GET draft",
            m,
            a -> {
              if (a != null && isActive(a)) {
                api.send(a, HttpRequest.PUT("/api/v1/drafts/new-topic", Map.of("payload", "{}")));
              }
              return HttpRequest.GET("/api/v1/drafts/new-topic");
            }));
    e.add(new Endpoint("DELETE draft", m, a -> HttpRequest.DELETE("/api/v1/drafts/new-topic")));
    e.add(new Endpoint("GET bookmarks", m, a -> HttpRequest.GET("/api/v1/bookmarks")));
    e.add(new Endpoint("GET tags", m, a -> HttpRequest.GET("/api/v1/tags?q=a")));
    e.add(
        new Endpoint(
            "PUT tag",
            c,
            a ->
                HttpRequest.PUT(
                    "/api/v1/tags/" + tag(),
                    Map.of("name", "omdøpt-" + UUID.randomUUID().toString().substring(0, 6)))));
    e.add(
        new Endpoint(
            "POST tag merge",
            c,
            a -> HttpRequest.POST("/api/v1/tags/" + tag() + "/merge", Map.of("intoTagId", tag()))));
    e.add(new Endpoint("DELETE tag", c, a -> HttpRequest.DELETE("/api/v1/tags/" + tag())));
    e.add(
        new Endpoint(
            "GET topic vocabularies", m, a -> HttpRequest.GET("/api/v1/topic-vocabularies")));
    e.add(
        new Endpoint(
            "GET mention candidates",
            m,
            a -> HttpRequest.GET("/api/v1/mention-candidates?q=Test")));
    e.add(new Endpoint("GET feed token", m, a -> HttpRequest.GET("/api/v1/feed-token")));
    e.add(new Endpoint("DELETE feed token", m, a -> HttpRequest.DELETE("/api/v1/feed-token")));
    e.add(
        new Endpoint(
            "GET member contributions",
            m,
            a -> HttpRequest.GET("/api/v1/member-contributions/" + api.veteran().id())));
    return e;
  }

  @TestFactory
  Stream<DynamicTest> everyForumEndpointAnswersEveryRoleAndStateAsItShould() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Actor a : Actor.values()) {
        tests.add(
            DynamicTest.dynamicTest(
                endpoint.name() + " as " + a,
                () -> {
                  TestMember member = actor(a);
                  if (member != null) {
                    active.put(
                        member.id(),
                        a == Actor.ADVISOR || a == Actor.MENTOR || a == Actor.COORDINATOR);
                  }
                  int status = status(member, endpoint.request().apply(member));
                  int expected =
                      switch (a) {
                        case ANONYMOUS -> 401;
                        case PENDING, SUSPENDED -> 403;
                        case ADVISOR, MENTOR -> endpoint.level() == Level.COORDINATOR ? 403 : 200;
                        case COORDINATOR -> 200;
                      };
                  if (expected == 200) {
                    assertThat(status).as(endpoint.name() + " as " + a).isBetween(200, 299);
                  } else {
                    assertThat(status).as(endpoint.name() + " as " + a).isEqualTo(expected);
                  }
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> theCategoryFeedAnswersOnlyAValidFeedTokenOfAnActiveMember() {
    return Stream.of(
        DynamicTest.dynamicTest(
            "without a token",
            () ->
                assertThat(status(null, HttpRequest.GET("/api/v1/categories/coffee-room/feed")))
                    .isEqualTo(404)),
        DynamicTest.dynamicTest(
            "with a wrong token",
            () ->
                assertThat(
                        status(
                            null,
                            HttpRequest.GET(
                                "/api/v1/categories/coffee-room/feed?token=" + "x".repeat(43))))
                    .isEqualTo(404)),
        DynamicTest.dynamicTest(
            "with the token of an active member",
            () -> {
              TestMember m = api.veteran();
              String token = (String) api.get(m, "/api/v1/feed-token").get("token");
              var r =
                  api.http
                      .toBlocking()
                      .exchange(
                          HttpRequest.GET("/api/v1/categories/coffee-room/feed?token=" + token),
                          String.class);
              assertThat(r.code()).isEqualTo(200);
              assertThat(r.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
            }));
  }

  private int status(TestMember m, MutableHttpRequest<?> request) {
    try {
      @SuppressWarnings("unchecked")
      HttpRequest<Object> r =
          (HttpRequest<Object>) (m == null ? request : request.bearerAuth(m.token()));
      return api.http
          .toBlocking()
          .exchange(
              r, io.micronaut.core.type.Argument.STRING, io.micronaut.core.type.Argument.STRING)
          .code();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }
}
