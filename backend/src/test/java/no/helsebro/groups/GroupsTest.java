package no.helsebro.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class GroupsTest {

  @Inject TestMembers members;
  @Inject JdbcQueries sql;
  @Inject GroupSync sync;
  @Inject no.helsebro.platform.changes.ChangeFeed feed;
  @Inject no.helsebro.platform.changes.ChangeFeedTailer tailer;

  @Inject
  @Client("/")
  HttpClient http;

  long term(String kind) {
    String code = "g-" + UUID.randomUUID().toString().substring(0, 8);
    return sql.insert(
        "INSERT INTO taxonomy_terms (kind, code, name_nb, name_en, sort_order) VALUES (?, ?, ?, ?, 50)",
        kind,
        code,
        "Gruppe " + code,
        "Group " + code);
  }

  /** Saves the member's profile through the profile form, as they would. */
  void profile(TestMember m, Long region, List<Long> systems) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("displayName", m.displayName());
    body.put("regionId", region);
    body.put("systemsUsed", systems);
    http.toBlocking().exchange(HttpRequest.PUT("/api/v1/me/profile", body).bearerAuth(m.token()));
    // The ProfileUpdated event reaches this node's listener through the change feed.
    assertThat(tailer.awaitPosition(feed.head(), java.time.Duration.ofSeconds(10))).isTrue();
  }

  MyGroupsView mine(TestMember m) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET("/api/v1/groups/mine").bearerAuth(m.token()), MyGroupsView.class);
  }

  GroupView group(MyGroupsView v, GroupKind kind, long term) {
    return v.groups().stream()
        .filter(g -> g.kind() == kind && g.termId() != null && g.termId() == term)
        .findFirst()
        .orElse(null);
  }

  <T> HttpResponse<T> send(TestMember m, HttpRequest<?> request, Class<T> type) {
    @SuppressWarnings("unchecked")
    HttpRequest<Object> r =
        (HttpRequest<Object>)
            ((io.micronaut.http.MutableHttpRequest<?>) request).bearerAuth(m.token());
    return http.toBlocking().exchange(r, Argument.of(type));
  }

  @Test
  void aMemberIsInTheGroupsOfTheirRegionAndSystemsOnTheirFrontPage() {
    long region = term("REGION");
    long dips = term("SYSTEM");
    long gerica = term("SYSTEM");
    TestMember m = members.advisor();
    profile(m, region, List.of(dips, gerica));

    MyGroupsView v = mine(m);

    assertThat(group(v, GroupKind.REGION, region)).isNotNull();
    assertThat(group(v, GroupKind.SYSTEM, dips).member()).isTrue();
    assertThat(group(v, GroupKind.SYSTEM, gerica).memberCount()).isEqualTo(1);
    assertThat(group(v, GroupKind.SYSTEM, dips).nameNb()).startsWith("Gruppe g-");
  }

  @Test
  void aProfileChangeMovesTheMemberButALeftGroupStaysLeftUntilTheyRejoin() {
    long region = term("REGION");
    long dips = term("SYSTEM");
    long gerica = term("SYSTEM");
    TestMember m = members.advisor();
    profile(m, region, List.of(dips));
    long dipsGroup = group(mine(m), GroupKind.SYSTEM, dips).id();
    long regionGroup = group(mine(m), GroupKind.REGION, region).id();

    send(m, HttpRequest.DELETE("/api/v1/groups/" + regionGroup + "/membership"), String.class);
    profile(m, region, List.of(gerica));

    MyGroupsView v = mine(m);
    assertThat(group(v, GroupKind.SYSTEM, dips)).as("no longer on DIPS").isNull();
    assertThat(group(v, GroupKind.SYSTEM, gerica)).isNotNull();
    assertThat(group(v, GroupKind.REGION, region))
        .as("left, and the profile did not put them back")
        .isNull();
    assertThat(sql.count("SELECT COUNT(*) FROM peer_group_members WHERE group_id = ?", dipsGroup))
        .isZero();

    send(m, HttpRequest.PUT("/api/v1/groups/" + regionGroup + "/membership", ""), String.class);
    assertThat(group(mine(m), GroupKind.REGION, region).member()).isTrue();
  }

  @Test
  void theReconciliationPutsMembersWhoseProfilesChangedOutsideTheFormInTheirGroups() {
    long region = term("REGION");
    TestMember m = members.advisor();
    sql.update("INSERT INTO member_profiles (member_id, region_id) VALUES (?, ?)", m.id(), region);

    sync.syncAll();

    assertThat(group(mine(m), GroupKind.REGION, region).member()).isTrue();
  }

  @Test
  void coordinatorsMakeGroupsAndTheMakingIsAuditedButAdvisorsCannot() {
    TestMember coordinator = members.coordinator();
    TestMember advisor = members.advisor();
    Map<String, String> body =
        Map.of("nameNb", "Nye rådgivere 2026", "nameEn", "New advisors 2026");

    HttpResponse<GroupView> made =
        send(coordinator, HttpRequest.POST("/api/v1/groups", body), GroupView.class);

    assertThat(made.code()).isEqualTo(201);
    assertThat(made.header("Location")).isEqualTo("/api/v1/groups/" + made.body().id());
    assertThat(made.body().kind()).isEqualTo(GroupKind.CUSTOM);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'group.created' AND target_id = ?",
                made.body().id()))
        .isEqualTo(1);
    assertThatThrownBy(
            () -> send(advisor, HttpRequest.POST("/api/v1/groups", body), GroupView.class))
        .isInstanceOfSatisfying(
            HttpClientResponseException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
  }

  @Test
  void askingAGroupPutsAQuestionWithItsSystemInFrontOfItsMembers() {
    long dips = term("SYSTEM");
    TestMember asker = members.advisor();
    TestMember peer = members.advisor();
    profile(asker, null, List.of(dips));
    profile(peer, null, List.of(dips));
    long groupId = group(mine(peer), GroupKind.SYSTEM, dips).id();
    long category = sql.count("SELECT MIN(id) FROM forum_categories");

    HttpResponse<AskedView> asked =
        send(
            asker,
            HttpRequest.POST(
                "/api/v1/groups/" + groupId + "/questions",
                Map.of(
                    "categoryId", category,
                    "title", "Hvordan skriver dere ut arbeidslister?",
                    "body", "Skriveren på vaktrommet vil ikke.")),
            AskedView.class);

    assertThat(asked.code()).isEqualTo(201);
    long topic = asked.body().topicId();
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM forum_topic_systems WHERE topic_id = ? AND term_id = ?",
                topic,
                dips))
        .isEqualTo(1);
    MyGroupsView peers = mine(peer);
    assertThat(peers.askedOfMyGroups()).extracting(GroupTopicView::topicId).contains(topic);
    assertThat(mine(asker).askedOfMyGroups())
        .extracting(GroupTopicView::topicId)
        .doesNotContain(topic);
    List<GroupTopicView> page =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/groups/" + groupId + "/topics").bearerAuth(peer.token()),
                Argument.listOf(GroupTopicView.class));
    assertThat(page)
        .filteredOn(t -> t.topicId() == topic)
        .singleElement()
        .satisfies(t -> assertThat(t.askedOfGroup()).isEqualTo(groupId));
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM change_feed WHERE type = 'groups.question-asked' AND subject_id = ?",
                groupId))
        .isEqualTo(1);
  }

  @Test
  void followingAGroupIsAFeedEventTheNotificationsCanUse() {
    TestMember m = members.advisor();
    long region = term("REGION");
    profile(m, region, List.of());
    long groupId = group(mine(m), GroupKind.REGION, region).id();

    send(m, HttpRequest.PUT("/api/v1/groups/" + groupId + "/follow", ""), String.class);
    send(m, HttpRequest.PUT("/api/v1/groups/" + groupId + "/follow", ""), String.class);

    assertThat(group(mine(m), GroupKind.REGION, region).following()).isTrue();
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM change_feed WHERE type = 'groups.group-followed' AND subject_id = ?",
                groupId))
        .as("following twice is one event")
        .isEqualTo(1);
  }
}
