package no.helsebro.forum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditConflictTest {

  @Test
  void anEditConflictsWhenItStartedFromAnotherVersion() {
    assertThat(EditConflict.conflicts(3, 4)).isTrue();
    assertThat(EditConflict.conflicts(4, 4)).isFalse();
  }

  @Test
  void theCurrentVersionShowsWhoSavedItAndWhen() {
    Map<String, Object> current =
        EditConflict.current(
            4, "Tittel", "tekst", null, true, "Kari", Instant.parse("2026-12-04T10:00:00Z"));
    assertThat(current)
        .containsExactly(
            Map.entry("version", 4),
            Map.entry("title", "Tittel"),
            Map.entry("body", "tekst"),
            Map.entry("editedBy", "Kari"),
            Map.entry("editedAt", "2026-12-04T10:00:00Z"));
  }

  @Test
  void aReplyHasNoTitleAndAGoneEditorIsLeftOut() {
    Map<String, Object> current =
        EditConflict.current(2, null, "svar", Map.of("context", "k"), false, null, Instant.EPOCH);
    assertThat(current).containsOnlyKeys("version", "body", "story", "editedAt");
  }

  @Test
  void yourVersionKeepsTheStoredBodyWhenTheEditLeftItOut() {
    assertThat(EditConflict.yours(3, null, null, "lagret", null))
        .containsExactly(Map.entry("version", 3), Map.entry("body", "lagret"));
    assertThat(EditConflict.yours(3, "Ny", "min", "lagret", Map.of("context", "k")))
        .containsEntry("title", "Ny")
        .containsEntry("body", "min")
        .containsKey("story");
  }
}
