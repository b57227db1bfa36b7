package no.helsebro.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.helsebro.platform.audit.AuditLog;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/** The coordinators' audit log: filters, order, pages, and that nothing can change it. */
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class AuditLogTest {

  @Inject ModerationApi api;
  @Inject AuditLog audit;

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> items(TestMember m, String query) {
    return (List<Map<String, Object>>) api.get(m, "/api/v1/moderation/audit?" + query).get("items");
  }

  private static List<Object> actions(List<Map<String, Object>> items) {
    return items.stream().map(i -> i.get("action")).toList();
  }

  @Test
  void entriesNameTheMemberTopicOrPostTheyAreAboutAsTheyAreNow() {
    TestMember member = api.veteran();
    String title = ModerationApi.unique("Navngitt tråd");
    long topicId = api.topic(member, "DISCUSSION", title);
    long postId = api.reply(member, topicId, "Et svar");
    String a = "test." + UUID.randomUUID().toString().substring(0, 8);
    audit.record(null, "system", a, "member", member.id(), null, null);
    audit.record(null, "system", a, "topic", topicId, null, null);
    audit.record(null, "system", a, "post", postId, null, null);
    audit.record(null, "system", a, "category", 1L, null, null);

    List<Map<String, Object>> entries = items(api.coordinator(), "action=" + a);

    assertThat(entries)
        .extracting(e -> e.get("targetType") + ":" + e.get("targetName"))
        .containsExactly(
            "category:null", "post:" + title, "topic:" + title, "member:" + member.displayName());
  }

  @Test
  void coordinatorsFilterByActionActorTargetAndDateNewestFirst() {
    String a = "test." + UUID.randomUUID().toString().substring(0, 8);
    String b = a + "-other";
    long actor = 9_000_000_000L + (long) (Math.random() * 1_000_000);
    long target = 8_000_000_000L + (long) (Math.random() * 1_000_000);
    audit.record(actor, "Revisor Testesen", a, "post", target, "første", Map.of("n", 1));
    audit.record(actor, "Revisor Testesen", a, "topic", target, null, null);
    audit.record(null, "system", a, "post", target, "automatisk", null);
    audit.record(actor + 1, "Annen Person", b, "post", target + 1, null, null);
    TestMember coordinator = api.coordinator();

    List<Map<String, Object>> byAction = items(coordinator, "action=" + a);
    assertThat(byAction).hasSize(3);
    // Newest first.
    assertThat(byAction.get(0))
        .containsEntry("actorName", "system")
        .containsEntry("reason", "automatisk");
    assertThat(byAction.get(2))
        .containsEntry("reason", "første")
        .containsEntry("details", Map.of("n", 1));

    assertThat(items(coordinator, "action=" + a + "&actor=" + actor)).hasSize(2);
    assertThat(items(coordinator, "action=" + a + "&actor=system"))
        .singleElement()
        .satisfies(e -> assertThat(e.get("actorId")).isNull());
    assertThat(items(coordinator, "actor=Annen%20Pers&targetId=" + (target + 1)))
        .singleElement()
        .satisfies(e -> assertThat(e).containsEntry("action", b));
    assertThat(items(coordinator, "targetType=topic&targetId=" + target))
        .singleElement()
        .satisfies(e -> assertThat(e).containsEntry("action", a));
    assertThat(items(coordinator, "targetType=post&targetId=" + target)).hasSize(2);

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(items(coordinator, "action=" + a + "&from=" + today + "&to=" + today)).hasSize(3);
    assertThat(items(coordinator, "action=" + a + "&from=" + today.plusDays(1))).isEmpty();
    assertThat(items(coordinator, "action=" + a + "&to=" + today.minusDays(1))).isEmpty();

    List<String> known =
        api.http
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/moderation/audit/actions").bearerAuth(coordinator.token()),
                io.micronaut.core.type.Argument.listOf(String.class));
    assertThat(known).contains(a, b);
  }

  @Test
  void pagesHoldTheRequestedSizeAndSayWhetherMoreFollow() {
    String a = "test.page-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 1; i <= 5; i++) {
      audit.record(null, "system", a, "test", (long) i, "nr " + i, null);
    }
    TestMember coordinator = api.coordinator();
    Map<String, Object> first = api.get(coordinator, "/api/v1/moderation/audit?size=2&action=" + a);
    assertThat(first).containsEntry("hasMore", true);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> firstItems = (List<Map<String, Object>>) first.get("items");
    assertThat(firstItems).extracting(e -> e.get("reason")).containsExactly("nr 5", "nr 4");
    Map<String, Object> last =
        api.get(coordinator, "/api/v1/moderation/audit?size=2&page=2&action=" + a);
    assertThat(last).containsEntry("hasMore", false);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> lastItems = (List<Map<String, Object>>) last.get("items");
    assertThat(lastItems).extracting(e -> e.get("reason")).containsExactly("nr 1");
  }

  @Test
  void badFiltersAreRefusedNamingTheField() {
    TestMember coordinator = api.coordinator();
    var badDate =
        api.refusal(coordinator, HttpRequest.GET("/api/v1/moderation/audit?from=26.11.2026"));
    assertThat(badDate.getStatus().getCode()).isEqualTo(400);
    assertThat(ModerationApi.problem(badDate).get("errors").toString()).contains("from");
    var reversed =
        api.refusal(
            coordinator, HttpRequest.GET("/api/v1/moderation/audit?from=2026-11-02&to=2026-11-01"));
    assertThat(ModerationApi.problem(reversed).get("errors").toString()).contains("to");
    var badTarget =
        api.refusal(coordinator, HttpRequest.GET("/api/v1/moderation/audit?targetId=abc"));
    assertThat(ModerationApi.problem(badTarget).get("errors").toString()).contains("targetId");
  }

  @Test
  void theDatabaseRefusesToUpdateOrDeleteAuditEntries() {
    String a = "test.immutable-" + UUID.randomUUID().toString().substring(0, 8);
    audit.record(null, "system", a, "post", 1L, "original", null);
    assertThatThrownBy(() -> api.sql("UPDATE audit_log SET reason = 'changed' WHERE action = ?", a))
        .rootCause()
        .hasMessageContaining("audit_log is append-only");
    assertThatThrownBy(() -> api.sql("DELETE FROM audit_log WHERE action = ?", a))
        .rootCause()
        .hasMessageContaining("audit_log is append-only");
    assertThat(api.rows("SELECT reason FROM audit_log WHERE action = ?", a))
        .singleElement()
        .satisfies(r -> assertThat(r.get("reason")).isEqualTo("original"));
  }

  @Test
  void theApplicationOnlyEverInsertsAuditEntries() throws IOException, ClassNotFoundException {
    // The one way in: the repository behind AuditLog declares nothing but insert.
    Class<?> repository = Class.forName("no.helsebro.platform.audit.AuditEntryRepository");
    assertThat(Arrays.stream(repository.getDeclaredMethods()).map(Method::getName).distinct())
        .containsExactly("insert");
    assertThat(repository.getInterfaces())
        .extracting(Class::getSimpleName)
        .containsExactly("GenericRepository");
    // And no SQL anywhere in the application changes audit rows.
    Pattern change =
        Pattern.compile(
            "(?is)(update\\s+`?audit_log|delete\\s+from\\s+`?audit_log|replace\\s+into\\s+`?audit_log"
                + "|truncate\\s+(table\\s+)?`?audit_log|drop\\s+table\\s+`?audit_log)");
    Path main = Path.of("src/main");
    try (Stream<Path> files = Files.walk(main)) {
      List<Path> offenders =
          files
              .filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
              .filter(p -> !p.getFileName().toString().equals("V302__audit_log_append_only.sql"))
              .filter(
                  p -> {
                    try {
                      return change.matcher(Files.readString(p)).find();
                    } catch (IOException e) {
                      throw new IllegalStateException(e);
                    }
                  })
              .toList();
      assertThat(offenders).isEmpty();
    }
    assertThat(Files.exists(main.resolve("java/no/helsebro/platform/audit/AuditLog.java")))
        .isTrue();
  }
}
