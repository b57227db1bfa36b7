package no.helsebro.forum;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9 item 11: the links of a new member are counted from the rendered HTML, so no spelling of
 * an address gets past the links-per-post limit (ADR 0206).
 */
@MicronautTest(transactional = false)
class NewMemberLinksTest {

  @Inject ForumApi api;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[a](//spam.example/a) [b](//spam.example/b) [c](//spam.example/c)",
        "HTTPS://a.spam.example Http://b.spam.example hTTps://c.spam.example",
        "[a](HTTPS://spam.example/a) [b](Http://spam.example/b) [c](//spam.example/c)",
        "[a](/\\\\spam.example/a) [b](/\\\\spam.example/b) [c](/\\\\spam.example/c)"
      })
  void aNewMembersReplyWithThreeLinksElsewhereIsRefusedWhateverTheirSpelling(String body) {
    TestMember newcomer = api.newcomer();
    long topic = api.question(api.veteran(), ForumApi.unique("Lenker"));

    HttpClientResponseException e =
        api.refusal(
            newcomer, HttpRequest.POST("/api/v1/topics/" + topic + "/posts", Map.of("body", body)));

    assertThat(e.getStatus().getCode()).isEqualTo(429);
    assertThat(ForumApi.problem(e)).containsEntry("limit", "links-per-post");
  }
}
