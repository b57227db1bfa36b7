package no.helsebro.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ProfileTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;

  private long term(String kind, String code, String token) {
    List<Map<String, Object>> terms =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/taxonomies?kind=" + kind).bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    return terms.stream()
        .filter(t -> code.equals(t.get("code")))
        .map(t -> ((Number) t.get("id")).longValue())
        .findFirst()
        .orElseThrow();
  }

  private Map<String, Object> form(TestMember m, String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("displayName", name);
    body.put("title", "Fagsykepleier EPJ");
    body.put("organisation", "Akershus universitetssykehus");
    body.put("backgroundId", term("BACKGROUND", "nurse", m.token()));
    body.put("workplaceTypeId", term("WORKPLACE_TYPE", "hospital", m.token()));
    body.put("countyId", term("COUNTY", "akershus", m.token()));
    body.put("systemsUsed", List.of(term("SYSTEM", "dips-arena", m.token())));
    body.put("systemsKnown", List.of(term("SYSTEM", "gerica", m.token())));
    body.put("expertise", List.of(term("EXPERTISE", "training", m.token())));
    body.put("languages", List.of(term("LANGUAGE", "nb", m.token())));
    body.put("bio", "Jobber med opplæring i DIPS Arena på nattevakt.");
    body.put("shiftPattern", "NIGHT");
    return body;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> put(TestMember m, Map<String, Object> body) {
    return http.toBlocking()
        .retrieve(HttpRequest.PUT("/api/v1/me/profile", body).bearerAuth(m.token()), Map.class);
  }

  private static Map<String, Object> problem(HttpClientResponseException e) {
    return e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMemberSavesTheirProfileAndOthersSeeItOnTheMemberPage() {
    TestMember me = members.advisor();
    put(me, form(me, "Sara Sykepleier"));

    Map<String, Object> page =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/members/" + me.id()).bearerAuth(members.advisor().token()),
                Map.class);

    assertThat(page)
        .containsEntry("displayName", "Sara Sykepleier")
        .containsEntry("title", "Fagsykepleier EPJ")
        .containsEntry("shiftPattern", "NIGHT")
        .containsEntry("contributions", List.of());
    assertThat((Map<String, Object>) page.get("region")).containsEntry("code", "helse-sor-ost");
    assertThat((Map<String, Object>) page.get("county")).containsEntry("nameNb", "Akershus");
    assertThat((List<Map<String, Object>>) page.get("systemsUsed"))
        .extracting(t -> t.get("code"))
        .containsExactly("dips-arena");
  }

  @Test
  void anUnknownTaxonomyIdIsRefusedNamingTheFieldAndNothingIsWritten() {
    TestMember me = members.advisor();
    Map<String, Object> body = form(me, "Endret Navn");
    body.put("systemsUsed", List.of(term("SYSTEM", "dips-arena", me.token()), 987_654_321L));

    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> put(me, body));
    Map<?, ?> page =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/v1/me/profile").bearerAuth(me.token()), Map.class);

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(problem(e)).containsEntry("code", "unknown-term");
    assertThat(problem(e).get("errors").toString()).contains("systemsUsed[1]");
    assertThat(page.get("displayName")).isEqualTo(me.displayName());
  }

  @Test
  void aTermOfTheWrongKindIsRefused() {
    TestMember me = members.advisor();
    Map<String, Object> body = form(me, "Feil Type");
    body.put("backgroundId", term("SYSTEM", "gerica", me.token()));

    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> put(me, body));

    assertThat(problem(e).get("errors").toString()).contains("backgroundId");
  }

  @Test
  void aCountyOutsideTheChosenRegionIsRefused() {
    TestMember me = members.advisor();
    Map<String, Object> body = form(me, "Feil Fylke");
    body.put("regionId", term("REGION", "helse-nord", me.token()));

    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> put(me, body));

    assertThat(problem(e)).containsEntry("code", "county-outside-region");
  }

  @Test
  void aNationalIdNumberInTheBioIsRefused() {
    TestMember me = members.advisor();
    Map<String, Object> body = form(me, "Pasient Data");
    body.put("bio", "Pasienten 01019010046 ringte");

    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> put(me, body));

    assertThat(e.getStatus().getCode()).isIn(400, 422);
  }

  @Test
  void anOverLongBioIsRefusedNamingTheField() {
    TestMember me = members.advisor();
    Map<String, Object> body = form(me, "Lang Bio");
    body.put("bio", "x".repeat(2001));

    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> put(me, body));

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(problem(e).get("errors").toString()).contains("bio");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDirectoryFindsMembersByNameAndFilters() {
    TestMember me = members.advisor();
    String unique = "Dirk " + UUID.randomUUID().toString().substring(0, 6);
    put(me, form(me, unique));
    String token = members.advisor().token();
    long gerica = term("SYSTEM", "gerica", token);
    long physician = term("BACKGROUND", "physician", token);

    Map<String, Object> byName =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/members?q=" + unique.substring(5)).bearerAuth(token),
                Map.class);
    Map<String, Object> bySystem =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(
                        "/api/v1/members?size=50&system=" + gerica + "&q=" + unique.substring(5))
                    .bearerAuth(token),
                Map.class);
    Map<String, Object> wrongBackground =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(
                        "/api/v1/members?background=" + physician + "&q=" + unique.substring(5))
                    .bearerAuth(token),
                Map.class);

    assertThat((List<Map<String, Object>>) byName.get("items"))
        .extracting(m -> m.get("displayName"))
        .containsExactly(unique);
    assertThat(bySystem.get("total")).isEqualTo(1);
    assertThat(wrongBackground.get("items")).isEqualTo(List.of());
  }

  @Test
  void everyDirectoryFilterKeepsTheMembersItMatchesAndDropsTheOthers() {
    TestMember me = members.advisor();
    String unique = "Filtrid " + UUID.randomUUID().toString().substring(0, 6);
    put(me, form(me, unique));
    String token = members.advisor().token();
    String region = "region=" + term("REGION", "helse-sor-ost", token);
    String county = "county=" + term("COUNTY", "akershus", token);
    String workplace = "workplaceType=" + term("WORKPLACE_TYPE", "hospital", token);
    String background = "background=" + term("BACKGROUND", "nurse", token);
    String systemUsed = "system=" + term("SYSTEM", "dips-arena", token);
    String expertise = "expertise=" + term("EXPERTISE", "training", token);

    for (String filter : List.of(region, county, workplace, background, systemUsed, expertise)) {
      assertThat(directoryTotal(filter, unique, token)).as(filter).isEqualTo(1);
    }
    assertThat(
            directoryTotal(
                String.join("&", region, county, workplace, background, systemUsed, expertise),
                unique,
                token))
        .isEqualTo(1);
    assertThat(directoryTotal("region=" + term("REGION", "helse-nord", token), unique, token))
        .isEqualTo(0);
    assertThat(
            directoryTotal("expertise=" + term("EXPERTISE", "procurement", token), unique, token))
        .isEqualTo(0);
    assertThat(
            directoryTotal(
                "system=" + term("SYSTEM", "cosdoc", token) + "&" + workplace, unique, token))
        .isEqualTo(0);
  }

  private int directoryTotal(String filters, String name, String token) {
    Map<?, ?> page =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/members?size=50&" + filters + "&q=" + name.substring(8))
                    .bearerAuth(token),
                Map.class);
    return ((Number) page.get("total")).intValue();
  }

  @Test
  void pendingMembersAreNotInTheDirectoryOrOnMemberPages() {
    TestMember pending = members.pending();

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .retrieve(
                        HttpRequest.GET("/api/v1/members/" + pending.id())
                            .bearerAuth(members.advisor().token())));

    assertThat(e.getStatus().getCode()).isEqualTo(404);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCoordinatorAddsAndRenamesATermAndAdvisorsMayNot() {
    TestMember coordinator = members.coordinator();
    String code = "system-" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> body =
        new HashMap<>(Map.of("kind", "SYSTEM", "code", code, "nameNb", "Nytt", "nameEn", "New"));

    var created =
        http.toBlocking()
            .exchange(
                HttpRequest.POST("/api/v1/taxonomies", body).bearerAuth(coordinator.token()),
                Map.class);
    Object id = created.body().get("id");
    body.put("nameNb", "Nytt system");
    Map<String, Object> renamed =
        http.toBlocking()
            .retrieve(
                HttpRequest.PUT("/api/v1/taxonomies/" + id, body).bearerAuth(coordinator.token()),
                Map.class);
    HttpClientResponseException advisor =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.POST("/api/v1/taxonomies", body)
                            .bearerAuth(members.advisor().token())));

    assertThat(created.getStatus().getCode()).isEqualTo(201);
    assertThat(created.getHeaders().get("Location")).isEqualTo("/api/v1/taxonomies/" + id);
    assertThat(renamed).containsEntry("nameNb", "Nytt system");
    assertThat(advisor.getStatus().getCode()).isEqualTo(403);
  }
}
