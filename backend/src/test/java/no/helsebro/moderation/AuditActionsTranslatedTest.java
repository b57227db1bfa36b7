package no.helsebro.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action the application writes to the audit log has a name in the coordinators' language: it
 * walks the sources that write to the log for their action literals ({@code member.approved}) and
 * looks each up in the front end's moderation texts (audit.actions.*), bokmål and English.
 */
class AuditActionsTranslatedTest {

  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Path LOCALES = Path.of("..", "frontend", "src", "locales");
  private static final Pattern ACTION =
      Pattern.compile("\"([a-z]+(?:-[a-z]+)*)\\.([a-z]+(?:-[a-z]+)*)\"");

  /** Literals of that shape in those sources that are not actions (story field names). */
  private static final Set<String> NOT_ACTIONS = Set.of("story");

  static Set<String> actions() throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        if (!text.contains("AuditLog") || file.endsWith("AuditLog.java")) {
          continue;
        }
        Matcher m = ACTION.matcher(text);
        while (m.find()) {
          if (!NOT_ACTIONS.contains(m.group(1))) {
            found.add(m.group(1) + "." + m.group(2));
          }
        }
      }
    }
    return found;
  }

  @Test
  void theWalkFindsTheActionsOfEveryModule() throws IOException {
    assertThat(actions())
        .contains(
            "member.approved",
            "mentor.opted-in",
            "post.auto-hidden",
            "topic.merged",
            "tag.renamed");
  }

  @Test
  void everyActionHasANameInBokmalNynorskAndEnglish() throws IOException {
    Set<String> actions = actions();
    for (String language : List.of("nb", "nn", "en")) {
      JsonNode texts =
          JsonMapper.createDefault()
              .readValue(
                  Files.readAllBytes(LOCALES.resolve(language).resolve("moderation.json")),
                  JsonNode.class)
              .get("audit")
              .get("actions");
      Set<String> missing = new TreeSet<>();
      for (String action : actions) {
        String[] parts = action.split("\\.");
        JsonNode group = texts.get(parts[0]);
        JsonNode text = group == null ? null : group.get(parts[1]);
        if (text == null || !text.isString() || text.getStringValue().isBlank()) {
          missing.add(action);
        }
      }
      assertThat(missing).as("audit.actions.* missing in %s/moderation.json", language).isEmpty();
    }
  }
}
