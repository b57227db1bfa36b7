package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every value of every choice field of every topic kind, posted and edited through the API and read
 * back. The values come from the same enums and taxonomies the server validates with, so a value
 * added later is tested too (issue 8, item 1: a story lasting "under 3 months" could never be
 * posted).
 */
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class TopicChoicesTest {

  @Inject ForumApi api;

  private TestMember author;

  private TestMember author() {
    if (author == null) {
      author = api.veteran();
    }
    return author;
  }

  @TestFactory
  Stream<DynamicTest> everyKindOfTopicCanBePosted() {
    return Arrays.stream(TopicKind.values())
        .map(
            kind ->
                dynamicTest(
                    kind.name(),
                    () -> {
                      Map<String, Object> topic = postAndRead(request(kind, r -> {}));
                      assertThat(topic).containsEntry("kind", kind.name());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyOrganisationSizeOfAStoryIsKeptWhenPostedAndWhenEdited() {
    return enumValues(OrgSize.class, TopicKind.STORY, "orgSize");
  }

  @TestFactory
  Stream<DynamicTest> everyDurationOfAStoryIsKeptWhenPostedAndWhenEdited() {
    return enumValues(ImplementationDuration.class, TopicKind.STORY, "duration");
  }

  @TestFactory
  Stream<DynamicTest> everyFormatOfATrainingResourceIsKeptWhenPostedAndWhenEdited() {
    return enumValues(TrainingFormat.class, TopicKind.TRAINING, "trainingFormat");
  }

  @TestFactory
  Stream<DynamicTest> everyWorkplaceTypeIsKeptOnEveryKind() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map<String, Object> term : terms("WORKPLACE_TYPE")) {
      for (TopicKind kind : TopicKind.values()) {
        tests.add(
            dynamicTest(
                kind + " " + term.get("code"),
                () -> {
                  Map<String, Object> topic =
                      postAndRead(request(kind, r -> r.put("workplaceTypeId", term.get("id"))));
                  assertThat(codes(List.of(topic.get("workplaceType"))))
                      .containsExactly(term.get("code"));
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everySystemIsKeptOnEveryKind() {
    return termsInGroups("SYSTEM", "systemIds", "systems", List.of(TopicKind.values()));
  }

  @TestFactory
  Stream<DynamicTest> everyAudienceIsKeptOnATrainingResource() {
    return termsInGroups("AUDIENCE", "audienceIds", "audiences", List.of(TopicKind.TRAINING));
  }

  // ----------------------------------------------------------------

  /** One test per value: posted with it, then a topic posted with another value edited to it. */
  private <E extends Enum<E>> Stream<DynamicTest> enumValues(
      Class<E> type, TopicKind kind, String field) {
    E[] values = type.getEnumConstants();
    return Arrays.stream(values)
        .map(
            value ->
                dynamicTest(
                    value.name(),
                    () -> {
                      Map<String, Object> posted =
                          postAndRead(request(kind, r -> r.put(field, value.name())));
                      assertThat(posted).containsEntry(field, value.name());

                      E other = values[(value.ordinal() + 1) % values.length];
                      Map<String, Object> edited =
                          editAndRead(
                              request(kind, r -> r.put(field, other.name())), field, value.name());
                      assertThat(edited).containsEntry(field, value.name());
                    }));
  }

  /** Every live term of a kind, at most ten to a topic (the API's limit), on each kind given. */
  private Stream<DynamicTest> termsInGroups(
      String taxonomy, String requestField, String viewField, List<TopicKind> kinds) {
    List<Map<String, Object>> all = terms(taxonomy);
    assertThat(all).as("seeded %s terms", taxonomy).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (int from = 0; from < all.size(); from += 10) {
      List<Map<String, Object>> group = all.subList(from, Math.min(all.size(), from + 10));
      List<Object> ids = group.stream().map(t -> t.get("id")).toList();
      List<Object> codes = group.stream().map(t -> t.get("code")).toList();
      for (TopicKind kind : kinds) {
        tests.add(
            dynamicTest(
                kind + " " + codes,
                () -> {
                  Map<String, Object> topic =
                      postAndRead(request(kind, r -> r.put(requestField, ids)));
                  assertThat(codes((List<?>) topic.get(viewField)))
                      .containsExactlyInAnyOrderElementsOf(codes);
                }));
      }
    }
    return tests.stream();
  }

  private static List<Object> codes(List<?> termRefs) {
    return termRefs.stream().map(t -> (Object) ((Map<?, ?>) t).get("code")).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> terms(String kind) {
    List<Map<String, Object>> terms =
        api.http
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/taxonomies?kind=" + kind).bearerAuth(author().token()),
                Argument.listOf(ForumApi.MAP));
    return terms.stream().filter(t -> !Boolean.TRUE.equals(t.get("archived"))).toList();
  }

  /** A valid request for a topic of this kind, changed by {@code change}. */
  private Map<String, Object> request(TopicKind kind, Consumer<Map<String, Object>> change) {
    Map<String, Object> r =
        api.topicRequest(kind.name(), ForumApi.unique("Valg " + kind), "Slik gjorde vi det.");
    switch (kind) {
      case STORY -> {
        r.put("categoryId", api.categoryId("implementation-stories"));
        r.put("story", Map.of("context", "Et sykehjem", "whatWeDid", "Vi startet smått"));
      }
      case TRAINING -> {
        r.put("categoryId", api.categoryId("training"));
        r.put("trainingFormat", TrainingFormat.values()[0].name());
        r.put("linkUrl", "https://example.org/ressurs");
      }
      default -> {}
    }
    change.accept(r);
    return r;
  }

  private Map<String, Object> postAndRead(Map<String, Object> request) {
    long id = api.createTopic(author(), request);
    return topic(id);
  }

  /** Posts the request, then edits its opening post to give {@code field} the value {@code to}. */
  private Map<String, Object> editAndRead(Map<String, Object> request, String field, String to) {
    long id = api.createTopic(author(), request);
    @SuppressWarnings("unchecked")
    Map<String, Object> first =
        ((List<Map<String, Object>>) api.get(author(), "/api/v1/topics/" + id).get("posts")).get(0);
    api.send(
        author(),
        HttpRequest.PUT(
            "/api/v1/posts/" + first.get("id"),
            Map.of("version", first.get("version"), field, to)));
    return topic(id);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> topic(long id) {
    return (Map<String, Object>) api.get(author(), "/api/v1/topics/" + id).get("topic");
  }
}
