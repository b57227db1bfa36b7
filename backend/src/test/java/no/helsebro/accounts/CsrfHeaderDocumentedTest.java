package no.helsebro.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every call {@link CsrfFilter} refuses without its header says so in the generated OpenAPI
 * document, so a client written from the document works (issue 8, item 21).
 */
class CsrfHeaderDocumentedTest {

  private static final Set<String> STATE_CHANGING = Set.of("post", "put", "patch", "delete");

  @Test
  @SuppressWarnings("unchecked")
  void everyStateChangingAuthCallDocumentsTheRequiredCsrfHeader() throws Exception {
    Map<String, Object> document;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/swagger/helsebro-api.yml")) {
      assertThat(in).as("the generated OpenAPI document").isNotNull();
      document = new Yaml().load(in);
    }
    Map<String, Map<String, Object>> paths =
        (Map<String, Map<String, Object>>) document.get("paths");

    List<String> checked = new ArrayList<>();
    paths.forEach(
        (path, operations) -> {
          if (!path.startsWith("/api/v1/auth/")) {
            return;
          }
          operations.forEach(
              (method, operation) -> {
                if (!STATE_CHANGING.contains(method)) {
                  return;
                }
                checked.add(method + " " + path);
                List<Map<String, Object>> parameters =
                    (List<Map<String, Object>>)
                        ((Map<String, Object>) operation).getOrDefault("parameters", List.of());
                assertThat(parameters)
                    .as(method + " " + path)
                    .anySatisfy(
                        p -> {
                          assertThat(p)
                              .containsEntry("name", CsrfFilter.HEADER)
                              .containsEntry("in", "header")
                              .containsEntry("required", true);
                          assertThat(p.get("schema").toString()).contains("1");
                        });
              });
        });
    assertThat(checked).contains("post /api/v1/auth/sign-in", "post /api/v1/auth/refresh");
  }
}
