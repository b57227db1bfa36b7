package no.helsebro.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import no.helsebro.testing.TestMembers.TestMember;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ReportTest {

  @Inject InsightsFixtures f;

  @Inject
  @Client("/")
  HttpClient http;

  /** A member who answered two questions in 2025 (one accepted) and one in 2024. */
  TestMember contributor(String name, String language) {
    long region = f.term("REGION");
    TestMember asker = f.member(region, null, Instant.parse("2020-01-01T00:00:00Z"));
    TestMember m = f.member(region, null, Instant.parse("2020-01-01T00:00:00Z"));
    f.sql.update(
        "UPDATE members SET display_name = ?, language = ? WHERE id = ?", name, language, m.id());
    long q1 = f.topic("QUESTION", asker.id(), Instant.parse("2025-03-01T10:00:00Z"));
    long reply = f.post(q1, 2, m.id(), Instant.parse("2025-03-01T12:00:00Z"));
    f.accept(q1, reply);
    long q2 = f.topic("QUESTION", asker.id(), Instant.parse("2025-06-01T10:00:00Z"));
    f.post(q2, 2, m.id(), Instant.parse("2025-06-02T10:00:00Z"));
    f.post(q2, 3, m.id(), Instant.parse("2025-06-02T11:00:00Z"));
    long q3 = f.topic("QUESTION", asker.id(), Instant.parse("2024-06-01T10:00:00Z"));
    f.post(q3, 2, m.id(), Instant.parse("2024-06-01T12:00:00Z"));
    f.topic("STORY", m.id(), Instant.parse("2025-09-01T10:00:00Z"));
    return m;
  }

  HttpResponse<byte[]> get(TestMember as, long memberId, String query) {
    return http.toBlocking()
        .exchange(
            HttpRequest.GET("/api/v1/contribution-reports/" + memberId + "?" + query)
                .bearerAuth(as.token()),
            byte[].class);
  }

  @Test
  void aMemberDownloadsTheirOwnPdfWithEmbeddedFontsAndNorwegianLetters() throws Exception {
    TestMember m = contributor("Åse Ødegård Ærlig", "nb");

    HttpResponse<byte[]> response = get(m, m.id(), "from=2025-01-01&to=2025-12-31&format=pdf");

    assertThat(response.getContentType().orElseThrow().toString()).startsWith("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Bidragsrapport", "Åse Ødegård Ærlig", "1. januar 2025");
      assertThat(text).containsPattern("Spørsmål besvart\\s*2");
      assertThat(text).containsPattern("Godtatte svar\\s*1");
      assertThat(text).containsPattern("Implementeringshistorier delt\\s*1");
      for (var name : pdf.getPage(0).getResources().getFontNames()) {
        PDFont font = pdf.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
    }
  }

  @Test
  void theCsvIsInTheMembersLanguage() {
    TestMember m = contributor("Erik English", "en");

    String csv =
        new String(
            get(m, m.id(), "from=2025-01-01&to=2025-12-31&format=csv").body(),
            StandardCharsets.UTF_8);

    assertThat(csv).contains("questionsAnswered;\"Questions answered\";2;2025-01-01;2025-12-31");
    assertThat(csv).contains("acceptedAnswers;\"Accepted answers\";1");
  }

  @Test
  void aNynorskMembersCsvIsInNynorsk() {
    TestMember m = contributor("Nils Nynorsk", "nn");

    String csv =
        new String(
            get(m, m.id(), "from=2025-01-01&to=2025-12-31&format=csv").body(),
            StandardCharsets.UTF_8);

    assertThat(csv).startsWith("\uFEFFnøkkel;tal;verdi;frå;til");
    assertThat(csv).contains("acceptedAnswers;\"Godtekne svar\";1");
  }

  @Test
  void aMemberCannotMakeAnotherMembersReport() {
    TestMember m = contributor("Kari Nordmann", "nb");
    TestMember other = f.members.advisor();

    assertThatThrownBy(() -> get(other, m.id(), "format=pdf"))
        .isInstanceOfSatisfying(
            HttpClientResponseException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
  }

  @Test
  void aCoordinatorMakesAnyMembersReportAndThatIsAudited() {
    TestMember m = contributor("Per Hansen", "nb");
    TestMember coordinator = f.members.coordinator();

    get(coordinator, m.id(), "from=2025-01-01&to=2025-12-31&format=csv");

    assertThat(
            f.sql.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'report.contribution'"
                    + " AND actor_id = ? AND target_id = ?",
                coordinator.id(),
                m.id()))
        .isEqualTo(1);
    get(m, m.id(), "format=csv");
    assertThat(
            f.sql.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'report.contribution' AND actor_id = ?",
                m.id()))
        .as("a member's own report is not audited")
        .isZero();
  }
}
