package no.helsebro;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 6: the fields the attack found unguarded now refuse a national identity number with
 * 422 {@code patient-data} naming the field, and nothing is stored. The whole class of fields is
 * {@link FreeTextCoverageTest}'s; this test goes through the real endpoints.
 */
@MicronautTest(transactional = false)
class PatientDataFieldsTest {

  static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

  /** A valid number, written the way a hurried member would. */
  static final String NUMBER = "291129 21794";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;

  private HttpResponse<Map<String, Object>> send(TestMember m, MutableHttpRequest<?> request) {
    if (m != null) {
      request.bearerAuth(m.token());
    }
    return http.toBlocking().exchange(request.header("X-Helsebro-Csrf", "1"), MAP);
  }

  private Map<String, Object> refused(TestMember m, MutableHttpRequest<?> request) {
    try {
      send(m, request);
    } catch (HttpClientResponseException e) {
      Map<String, Object> problem = new HashMap<>(e.getResponse().getBody(MAP).orElseThrow());
      problem.put("status", e.getStatus().getCode());
      return problem;
    }
    throw new AssertionError("accepted: " + request.getMethod() + " " + request.getPath());
  }

  private static void assertPatientData(Map<String, Object> problem, String field) {
    assertThat(problem)
        .containsEntry("status", 422)
        .containsEntry("code", "patient-data")
        .containsEntry("field", field);
    assertThat((List<?>) problem.get("matches")).hasSize(1);
  }

  private long categoryId() {
    return ((Number)
            http.toBlocking()
                .retrieve(
                    HttpRequest.GET("/api/v1/categories/patient-records")
                        .bearerAuth(members.advisor().token()),
                    MAP)
                .get("id"))
        .longValue();
  }

  private long topic(TestMember author, List<String> tags) {
    Map<String, Object> body = new HashMap<>();
    body.put("categoryId", categoryId());
    body.put("kind", "DISCUSSION");
    body.put("title", "Et tema om rutiner " + UUID.randomUUID().toString().substring(0, 6));
    body.put("body", "Hvordan gjør dere det?");
    body.put("tags", tags);
    return ((Number)
            send(
                    author,
                    HttpRequest.POST("/api/v1/topics", body)
                        .header("Idempotency-Key", UUID.randomUUID().toString()))
                .body()
                .get("id"))
        .longValue();
  }

  @Test
  void aTagWithANumberIsRefusedWhenATopicIsStarted() {
    TestMember author = members.advisor();
    Map<String, Object> body = new HashMap<>();
    body.put("categoryId", categoryId());
    body.put("kind", "DISCUSSION");
    body.put("title", "Et tema med merkelapp");
    body.put("body", "Tekst");
    body.put("tags", List.of("dips", NUMBER));

    assertPatientData(refused(author, HttpRequest.POST("/api/v1/topics", body)), "tags[1]");
  }

  @Test
  void aCoordinatorCannotRenameATagToANumber() {
    TestMember author = members.advisor();
    String tag = "tagg-" + UUID.randomUUID().toString().substring(0, 6);
    topic(author, List.of(tag));
    long tagId =
        ((Number)
                http.toBlocking()
                    .retrieve(
                        HttpRequest.GET("/api/v1/tags?q=" + tag).bearerAuth(author.token()),
                        Argument.listOf(MAP))
                    .get(0)
                    .get("id"))
            .longValue();

    assertPatientData(
        refused(
            members.coordinator(),
            HttpRequest.PUT("/api/v1/tags/" + tagId, Map.of("name", NUMBER))),
        "name");
  }

  @Test
  void aDraftWithANumberIsNotKept() {
    TestMember author = members.advisor();
    String key = "topic-" + UUID.randomUUID();

    assertPatientData(
        refused(
            author,
            HttpRequest.PUT(
                "/api/v1/drafts/" + key,
                Map.of("payload", "{\"title\":\"Om pasienten\",\"body\":\"fnr " + NUMBER + "\"}"))),
        "payload");
    assertThat(
            http.toBlocking()
                .retrieve(
                    HttpRequest.GET("/api/v1/drafts").bearerAuth(author.token()), String.class))
        .doesNotContain(key);
  }

  @Test
  void theProfilesOrganisationAndDisplayNameAreGuarded() {
    TestMember member = members.advisor();
    Map<String, Object> profile = new HashMap<>();
    profile.put("displayName", "Kari Nordmann");
    profile.put("organisation", "Avdeling " + NUMBER);

    assertPatientData(
        refused(member, HttpRequest.PUT("/api/v1/me/profile", profile)), "organisation");
    profile.put("organisation", "Ahus");
    profile.put("displayName", "Kari " + NUMBER);
    assertPatientData(
        refused(member, HttpRequest.PUT("/api/v1/me/profile", profile)), "displayName");
  }

  @Test
  void theDisplayNameOfTheAccountIsGuarded() {
    TestMember member = members.advisor();

    assertPatientData(
        refused(member, HttpRequest.PATCH("/api/v1/me", Map.of("displayName", "Kari " + NUMBER))),
        "displayName");
    assertThat(
            http.toBlocking()
                .retrieve(HttpRequest.GET("/api/v1/me").bearerAuth(member.token()), MAP)
                .get("displayName"))
        .isEqualTo(member.displayName());
  }

  @Test
  void aFlagNoteIsGuarded() {
    TestMember author = members.advisor();
    long topicId = topic(author, List.of());
    long postId =
        ((Number)
                ((Map<?, ?>)
                        ((List<?>)
                                http.toBlocking()
                                    .retrieve(
                                        HttpRequest.GET("/api/v1/topics/" + topicId)
                                            .bearerAuth(author.token()),
                                        MAP)
                                    .get("posts"))
                            .get(0))
                    .get("id"))
            .longValue();

    assertPatientData(
        refused(
            members.advisor(),
            HttpRequest.POST(
                "/api/v1/posts/" + postId + "/flags",
                Map.of("reason", "OTHER", "note", "Gjelder " + NUMBER))),
        "note");
  }

  @Test
  void theNameAndOrganisationOfARegistrationAreGuarded() {
    Map<String, Object> registration = new HashMap<>();
    registration.put("displayName", "Kari " + NUMBER);
    registration.put("email", "k-" + UUID.randomUUID().toString().substring(0, 8) + "@ous-hf.no");
    registration.put("password", "et langt og eget passord 42");
    registration.put("organisation", "Ahus");

    assertPatientData(
        refused(null, HttpRequest.POST("/api/v1/auth/registrations", registration)), "displayName");
    registration.put("displayName", "Kari Nordmann");
    registration.put("organisation", "Post " + NUMBER);
    assertPatientData(
        refused(null, HttpRequest.POST("/api/v1/auth/registrations", registration)),
        "organisation");
  }

  @Test
  void aCoordinatorsCloseReasonIsGuarded() {
    long topicId = topic(members.advisor(), List.of());

    assertPatientData(
        refused(
            members.coordinator(),
            HttpRequest.POST(
                "/api/v1/topics/" + topicId + "/close", Map.of("reason", "Gjelder " + NUMBER))),
        "reason");
  }

  @Test
  void aCategoryDescriptionIsGuarded() {
    Map<String, Object> category = new HashMap<>();
    category.put("slug", "k-" + UUID.randomUUID().toString().substring(0, 8));
    category.put("nameNb", "Kategori");
    category.put("nameEn", "Category");
    category.put("descriptionNb", "Om " + NUMBER);

    assertPatientData(
        refused(members.coordinator(), HttpRequest.POST("/api/v1/categories", category)),
        "descriptionNb");
  }

  @Test
  void aSuspensionReasonIsGuarded() {
    TestMember member = members.advisor();

    assertPatientData(
        refused(
            members.coordinator(),
            HttpRequest.POST(
                "/api/v1/member-accounts/" + member.id() + "/suspension",
                Map.of(
                    "until",
                    Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                    "reason",
                    "Skrev " + NUMBER))),
        "reason");
  }

  @Test
  void aStorySectionIsNamedByItsPath() {
    Map<String, Object> body = new HashMap<>();
    body.put("categoryId", categoryId());
    body.put("kind", "STORY");
    body.put("title", "Slik innførte vi e-resept");
    body.put("story", Map.of("context", "Sykehjem", "goal", "Pasient " + NUMBER));

    assertPatientData(
        refused(members.advisor(), HttpRequest.POST("/api/v1/topics", body)), "story.goal");
  }
}
