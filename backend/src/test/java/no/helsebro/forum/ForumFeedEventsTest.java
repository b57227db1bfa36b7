package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helsebro.testing.FeedProbe;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/**
 * Every forum write puts its event on the change feed in its own transaction (docs/adr/0008), with
 * the ids listeners on other nodes need; a refused write puts nothing there.
 */
@MicronautTest(transactional = false)
class ForumFeedEventsTest {

  @Inject ForumApi api;
  @Inject FeedProbe feed;

  // ---------------------------------------------------------------- topics and replies

  @Test
  void startingATopicPublishesTopicCreatedAndTheTagsItCreated() {
    TestMember author = api.veteran();
    String title = ForumApi.unique("Ny tråd");
    String newTag = "tag-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> request = api.topicRequest("QUESTION", title, "Hvordan gjør dere det?");
    request.put("tags", List.of(newTag));
    long mark = feed.mark();

    long topic = api.createTopic(author, request);

    assertThat(feed.since(mark, TopicCreated.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.topicId()).isEqualTo(topic);
              assertThat(e.authorId()).isEqualTo(author.id());
              assertThat(e.kind()).isEqualTo(TopicKind.QUESTION);
              assertThat(e.title()).isEqualTo(title);
              assertThat(e.categoryId()).isEqualTo(api.categoryId("patient-records"));
            });
    assertThat(feed.since(mark, TagsChanged.class))
        .singleElement()
        .satisfies(e -> assertThat(e.tagIds()).containsExactly(tagId(newTag)));
  }

  @Test
  void aTopicRefusedForPatientDataPublishesNothing() {
    TestMember author = api.veteran();
    long mark = feed.mark();

    api.refusal(
        author,
        HttpRequest.POST(
            "/api/v1/topics",
            api.topicRequest(
                "QUESTION",
                ForumApi.unique("Fnr"),
                "Pasient " + WritingTest.VALID_FNR + " har feil")));

    assertThat(feed.since(mark, TopicCreated.class)).noneMatch(e -> e.authorId() == author.id());
  }

  @Test
  void aReplyPublishesReplyPostedWithTheTopicAndTheAuthors() {
    TestMember asker = api.veteran();
    TestMember replier = api.veteran();
    long topic = api.question(asker, ForumApi.unique("Spørsmål"));
    long mark = feed.mark();

    long reply = api.replyId(replier, topic, "Slik gjør vi det.");

    assertThat(feed.since(mark, ReplyPosted.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.topicId()).isEqualTo(topic);
              assertThat(e.postId()).isEqualTo(reply);
              assertThat(e.postNumber()).isEqualTo(2);
              assertThat(e.authorId()).isEqualTo(replier.id());
              assertThat(e.topicAuthorId()).isEqualTo(asker.id());
              assertThat(e.topicKind()).isEqualTo(TopicKind.QUESTION);
            });
    assertThat(feed.typesAbout(mark, topic)).containsExactly("forum.reply-posted");
  }

  @Test
  void aReplyToALockedTopicIsRefusedAndPublishesNothing() {
    long topic = api.question(api.veteran(), ForumApi.unique("Låst"));
    api.send(api.coordinator(), HttpRequest.POST("/api/v1/topics/" + topic + "/lock", Map.of()));
    long mark = feed.mark();

    api.refusal(
        api.veteran(),
        HttpRequest.POST("/api/v1/topics/" + topic + "/posts", Map.of("body", "Svar")));

    assertThat(feed.typesAbout(mark, topic)).isEmpty();
  }

  @Test
  void mentioningMembersPublishesMembersMentioned() {
    TestMember author = api.veteran();
    TestMember named = api.veteran();
    long topic = api.question(api.veteran(), ForumApi.unique("Nevnt"));
    long mark = feed.mark();

    long reply =
        api.replyId(
            author, topic, "Spør [@" + named.displayName() + "](/members/" + named.id() + ")");

    assertThat(feed.since(mark, MembersMentioned.class))
        .containsExactly(
            new MembersMentioned(topic, reply, author.id(), java.util.Set.of(named.id())));
  }

  @Test
  void aStoryFollowUpPublishesStoryFollowUpPosted() {
    TestMember author = api.veteran();
    Map<String, Object> r = api.topicRequest("STORY", ForumApi.unique("Historie"), "");
    r.put("story", Map.of("context", "K", "whatWeDid", "G"));
    long topic = api.createTopic(author, r);
    long mark = feed.mark();

    Map<String, Object> followUp =
        api.send(
                author,
                HttpRequest.POST(
                    "/api/v1/topics/" + topic + "/follow-ups", Map.of("body", "Ett år etter")))
            .body();

    assertThat(feed.since(mark, StoryFollowUpPosted.class))
        .containsExactly(
            new StoryFollowUpPosted(topic, ((Number) followUp.get("id")).longValue(), author.id()));
  }

  // ---------------------------------------------------------------- edits and deletes

  @Test
  void anEditPublishesPostEditedAndAStaleOneNothing() {
    TestMember author = api.veteran();
    long topic = api.question(api.veteran(), ForumApi.unique("Redigert"));
    long reply = api.replyId(author, topic, "Første utgave");
    long mark = feed.mark();

    api.send(author, HttpRequest.PUT("/api/v1/posts/" + reply, Map.of("version", 1, "body", "Ny")));
    long afterEdit = feed.mark();
    api.refusal(
        author, HttpRequest.PUT("/api/v1/posts/" + reply, Map.of("version", 1, "body", "Gammel")));

    assertThat(feed.since(mark, PostEdited.class))
        .containsExactly(new PostEdited(reply, topic, 2, author.id(), author.id()));
    assertThat(feed.typesAbout(afterEdit, topic)).isEmpty();
  }

  @Test
  void aCoordinatorsEditNamesTheCoordinatorAsEditor() {
    TestMember author = api.veteran();
    TestMember coordinator = api.coordinator();
    long topic = api.question(author, ForumApi.unique("Tittel"));
    long opening = openingPost(author, topic);
    long mark = feed.mark();

    api.send(
        coordinator,
        HttpRequest.PUT(
            "/api/v1/posts/" + opening,
            Map.of("version", 1, "body", "Rettet", "title", "Ny tittel her")));

    assertThat(feed.since(mark, PostEdited.class))
        .containsExactly(new PostEdited(opening, topic, 1, author.id(), coordinator.id()));
  }

  @Test
  void deletingAReplyPublishesPostDeletedAndSomeoneElsesDeleteNothing() {
    TestMember author = api.veteran();
    long topic = api.question(api.veteran(), ForumApi.unique("Slettet"));
    long reply = api.replyId(author, topic, "Angrer");
    long mark = feed.mark();

    api.refusal(api.veteran(), HttpRequest.DELETE("/api/v1/posts/" + reply));
    assertThat(feed.typesAbout(mark, topic)).isEmpty();
    api.send(author, HttpRequest.DELETE("/api/v1/posts/" + reply));

    assertThat(feed.since(mark, PostDeleted.class))
        .containsExactly(new PostDeleted(reply, topic, 2, author.id(), author.id()));
    assertThat(feed.typesAbout(mark, topic)).containsExactly("forum.post-deleted");
  }

  @Test
  void deletingTheOpeningPostAlsoHidesTheTopic() {
    TestMember author = api.veteran();
    long topic = api.question(author, ForumApi.unique("Borte"));
    long opening = openingPost(author, topic);
    long mark = feed.mark();

    api.send(author, HttpRequest.DELETE("/api/v1/posts/" + opening));

    assertThat(feed.typesAbout(mark, topic))
        .containsExactly("forum.post-deleted", "forum.topic-changed");
    assertThat(feed.since(mark, TopicChanged.class))
        .containsExactly(new TopicChanged(topic, TopicChanged.Change.HIDDEN, author.id()));
  }

  // ---------------------------------------------------------------- moderation

  @Test
  void hidingAndRestoringAPostPublishesPostHiddenAndPostRestored() {
    TestMember author = api.veteran();
    TestMember coordinator = api.coordinator();
    long topic = api.question(api.veteran(), ForumApi.unique("Skjult"));
    long reply = api.replyId(author, topic, "Noe upassende");
    long mark = feed.mark();

    api.refusal(author, HttpRequest.POST("/api/v1/posts/" + reply + "/hide", Map.of()));
    assertThat(feed.typesAbout(mark, topic)).isEmpty();
    api.send(
        coordinator,
        HttpRequest.POST("/api/v1/posts/" + reply + "/hide", Map.of("reason", "Pasientdata")));
    api.send(
        coordinator,
        HttpRequest.POST("/api/v1/posts/" + reply + "/restore", Map.of("reason", "Rettet")));

    assertThat(feed.since(mark, PostHidden.class))
        .containsExactly(
            new PostHidden(reply, topic, 2, author.id(), coordinator.id(), "Pasientdata"));
    assertThat(feed.since(mark, PostRestored.class))
        .containsExactly(
            new PostRestored(reply, coordinator.id(), "Rettet", topic, 2, author.id()));
    assertThat(feed.since(mark, TopicChanged.class)).noneMatch(e -> e.topicId() == topic);
  }

  @Test
  void hidingAndRestoringATopicPublishesItsTopicChanges() {
    TestMember author = api.veteran();
    TestMember coordinator = api.coordinator();
    long topic = api.question(author, ForumApi.unique("Skjult tråd"));
    long opening = openingPost(author, topic);
    long mark = feed.mark();

    api.send(coordinator, HttpRequest.POST("/api/v1/topics/" + topic + "/hide", Map.of()));
    api.send(coordinator, HttpRequest.POST("/api/v1/topics/" + topic + "/restore", Map.of()));

    assertThat(feed.since(mark, PostHidden.class))
        .containsExactly(new PostHidden(opening, topic, 1, author.id(), coordinator.id(), null));
    assertThat(feed.since(mark, TopicChanged.class))
        .containsExactly(
            new TopicChanged(topic, TopicChanged.Change.HIDDEN, coordinator.id()),
            new TopicChanged(topic, TopicChanged.Change.RESTORED, coordinator.id()));
  }

  @Test
  void everyTopicStateChangePublishesTopicChangedOnceAndARepeatNothing() {
    TestMember coordinator = api.coordinator();
    long topic = api.question(api.veteran(), ForumApi.unique("Tilstand"));
    String base = "/api/v1/topics/" + topic;
    long mark = feed.mark();

    api.send(coordinator, HttpRequest.POST(base + "/lock", Map.of()));
    api.send(coordinator, HttpRequest.POST(base + "/lock", Map.of()));
    api.send(coordinator, HttpRequest.POST(base + "/unlock", Map.of()));
    api.send(coordinator, HttpRequest.POST(base + "/pin", Map.of()));
    api.send(coordinator, HttpRequest.POST(base + "/unpin", Map.of()));
    api.send(coordinator, HttpRequest.POST(base + "/close", Map.of("reason", "Løst")));
    api.send(coordinator, HttpRequest.POST(base + "/reopen", Map.of()));
    api.send(
        coordinator,
        HttpRequest.POST(base + "/move", Map.of("categoryId", api.categoryId("coffee-room"))));

    assertThat(feed.since(mark, TopicChanged.class))
        .extracting(TopicChanged::change)
        .containsExactly(
            TopicChanged.Change.LOCKED,
            TopicChanged.Change.UNLOCKED,
            TopicChanged.Change.PINNED,
            TopicChanged.Change.UNPINNED,
            TopicChanged.Change.CLOSED,
            TopicChanged.Change.REOPENED,
            TopicChanged.Change.MOVED);
    assertThat(feed.since(mark, TopicChanged.class))
        .allMatch(e -> e.topicId() == topic && e.byId() == coordinator.id());
  }

  @Test
  void aMemberCannotLockATopicAndNothingIsPublished() {
    long topic = api.question(api.veteran(), ForumApi.unique("Ikke låst"));
    long mark = feed.mark();

    api.refusal(api.veteran(), HttpRequest.POST("/api/v1/topics/" + topic + "/lock", Map.of()));

    assertThat(feed.typesAbout(mark, topic)).isEmpty();
  }

  @Test
  void mergingTopicsPublishesTopicMerged() {
    TestMember coordinator = api.coordinator();
    long duplicate = api.question(api.veteran(), ForumApi.unique("Duplikat"));
    long target = api.question(api.veteran(), ForumApi.unique("Original"));
    long mark = feed.mark();

    api.send(
        coordinator,
        HttpRequest.POST("/api/v1/topics/" + duplicate + "/merge", Map.of("intoTopicId", target)));

    assertThat(feed.since(mark, TopicMerged.class))
        .containsExactly(new TopicMerged(duplicate, target, coordinator.id()));
  }

  // ---------------------------------------------------------------- answers and recognition

  @Test
  void acceptingAndTakingBackAnAnswerPublishesBoth() {
    TestMember asker = api.veteran();
    TestMember answerer = api.veteran();
    long topic = api.question(asker, ForumApi.unique("Løst"));
    long answer = api.replyId(answerer, topic, "Svaret");
    long mark = feed.mark();

    api.refusal(
        answerer,
        HttpRequest.PUT("/api/v1/topics/" + topic + "/accepted-answer", Map.of("postId", answer)));
    assertThat(feed.typesAbout(mark, topic)).isEmpty();
    api.send(
        asker,
        HttpRequest.PUT("/api/v1/topics/" + topic + "/accepted-answer", Map.of("postId", answer)));
    api.send(asker, HttpRequest.DELETE("/api/v1/topics/" + topic + "/accepted-answer"));

    assertThat(feed.since(mark, AnswerAccepted.class))
        .containsExactly(new AnswerAccepted(topic, answer, answerer.id(), asker.id()));
    assertThat(feed.since(mark, TopicChanged.class))
        .containsExactly(
            new TopicChanged(topic, TopicChanged.Change.ANSWER_ACCEPTED, asker.id()),
            new TopicChanged(topic, TopicChanged.Change.ANSWER_UNACCEPTED, asker.id()));
  }

  @Test
  void helpfulAndThanksPublishPostRecognisedOnlyWhenTheyChangeSomething() {
    TestMember author = api.veteran();
    TestMember reader = api.veteran();
    long topic = api.question(api.veteran(), ForumApi.unique("Takk"));
    long reply = api.replyId(author, topic, "Nyttig svar");
    String post = "/api/v1/posts/" + reply;
    long mark = feed.mark();

    api.refusal(author, HttpRequest.PUT(post + "/helpful", Map.of()));
    api.send(reader, HttpRequest.PUT(post + "/helpful", Map.of()));
    api.send(reader, HttpRequest.PUT(post + "/helpful", Map.of()));
    api.send(reader, HttpRequest.PUT(post + "/thanks", Map.of()));
    api.send(reader, HttpRequest.DELETE(post + "/helpful"));

    assertThat(feed.since(mark, PostRecognised.class))
        .containsExactly(
            new PostRecognised(
                reply, topic, author.id(), reader.id(), PostRecognised.Kind.HELPFUL, true),
            new PostRecognised(
                reply, topic, author.id(), reader.id(), PostRecognised.Kind.THANKS, true),
            new PostRecognised(
                reply, topic, author.id(), reader.id(), PostRecognised.Kind.HELPFUL, false));
  }

  @Test
  void usingATrainingResourcePublishesTrainingResourceUsedOnce() {
    TestMember user = api.veteran();
    Map<String, Object> r =
        api.topicRequest("TRAINING", ForumApi.unique("Sjekkliste"), "For første vakt");
    r.put("categoryId", api.categoryId("training"));
    r.put("trainingFormat", "checklist");
    r.put("linkUrl", "https://example.org/sjekkliste.pdf");
    long topic = api.createTopic(api.veteran(), r);
    long mark = feed.mark();

    api.send(user, HttpRequest.PUT("/api/v1/topics/" + topic + "/uses", Map.of()));
    api.send(user, HttpRequest.PUT("/api/v1/topics/" + topic + "/uses", Map.of()));
    api.send(user, HttpRequest.DELETE("/api/v1/topics/" + topic + "/uses"));

    assertThat(feed.since(mark, TrainingResourceUsed.class))
        .containsExactly(
            new TrainingResourceUsed(topic, user.id(), true),
            new TrainingResourceUsed(topic, user.id(), false));
  }

  // ---------------------------------------------------------------- categories and tags

  @Test
  void creatingChangingAndReorderingCategoriesPublishesCategoryChanged() {
    TestMember coordinator = api.coordinator();
    String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> category = new HashMap<>();
    category.put("slug", slug);
    category.put("nameNb", "Test");
    category.put("nameEn", "Test");
    category.put("archived", true);
    long mark = feed.mark();

    api.refusal(api.veteran(), HttpRequest.POST("/api/v1/categories", category));
    assertThat(feed.since(mark, CategoryChanged.class)).isEmpty();
    long id =
        ((Number)
                api.send(coordinator, HttpRequest.POST("/api/v1/categories", category))
                    .body()
                    .get("id"))
            .longValue();
    category.put("nameNb", "Test endret");
    api.send(coordinator, HttpRequest.PUT("/api/v1/categories/" + id, category));
    long beforeOrder = feed.mark();
    List<Long> order =
        api
            .http
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/categories?includeArchived=true")
                    .bearerAuth(coordinator.token()),
                Argument.listOf(ForumApi.MAP))
            .stream()
            .map(c -> ((Number) c.get("id")).longValue())
            .toList();
    api.http
        .toBlocking()
        .exchange(
            HttpRequest.PUT("/api/v1/categories/order", Map.of("ids", order))
                .bearerAuth(coordinator.token()),
            Argument.listOf(ForumApi.MAP));

    assertThat(feed.since(mark, CategoryChanged.class).subList(0, 2))
        .containsExactly(new CategoryChanged(id), new CategoryChanged(id));
    assertThat(feed.since(beforeOrder, CategoryChanged.class))
        .extracting(CategoryChanged::categoryId)
        .containsExactlyElementsOf(order);
  }

  @Test
  void renamingMergingAndDeletingTagsPublishesTagsChanged() {
    TestMember coordinator = api.coordinator();
    long first = tag();
    long second = tag();
    long third = tag();
    long mark = feed.mark();

    api.refusal(api.veteran(), HttpRequest.DELETE("/api/v1/tags/" + third));
    api.send(
        coordinator,
        HttpRequest.PUT("/api/v1/tags/" + first, Map.of("name", "nytt-" + first + "-navn")));
    api.send(
        coordinator,
        HttpRequest.POST("/api/v1/tags/" + first + "/merge", Map.of("intoTagId", second)));
    api.send(coordinator, HttpRequest.DELETE("/api/v1/tags/" + third));

    assertThat(feed.since(mark, TagsChanged.class))
        .containsExactly(
            new TagsChanged(List.of(first)),
            new TagsChanged(List.of(first, second)),
            new TagsChanged(List.of(third)));
  }

  // ---------------------------------------------------------------- helpers

  private long openingPost(TestMember viewer, long topic) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> posts =
        (List<Map<String, Object>>) api.get(viewer, "/api/v1/topics/" + topic).get("posts");
    return ((Number) posts.get(0).get("id")).longValue();
  }

  /** A new tag (through a topic that names it). */
  private long tag() {
    String name = "tag-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> r = api.topicRequest("DISCUSSION", ForumApi.unique("Med tagg"), "Hei");
    r.put("tags", List.of(name));
    api.createTopic(api.veteran(), r);
    return tagId(name);
  }

  private long tagId(String name) {
    List<Map<String, Object>> tags =
        api.http
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/tags?q=" + name).bearerAuth(api.veteran().token()),
                Argument.listOf(ForumApi.MAP));
    return ((Number) tags.get(0).get("id")).longValue();
  }
}
