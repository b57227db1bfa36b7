package no.helsebro.forum.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The edit-conflict rule: an edit names the version it started from, and when someone saved a newer
 * one meanwhile the edit is refused with both texts, so the member can merge by hand instead of
 * overwriting (last writer does not win).
 */
public final class EditConflict {

  private EditConflict() {}

  /** Whether an edit started from {@code editedVersion} conflicts with the stored version. */
  public static boolean conflicts(int editedVersion, int storedVersion) {
    return editedVersion != storedVersion;
  }

  /**
   * The stored post as the conflict answer shows it ({@code current}).
   *
   * @param title the topic title when the post opens the topic, else null
   * @param story the story sections when the post has them, else null
   * @param editorName who saved it last (its author when never edited); null for nobody
   * @param savedAt when it was saved last
   */
  public static Map<String, Object> current(
      int version,
      String title,
      String body,
      Map<String, String> story,
      boolean hasEditor,
      String editorName,
      Instant savedAt) {
    Map<String, Object> current = new LinkedHashMap<>();
    current.put("version", version);
    if (title != null) {
      current.put("title", title);
    }
    current.put("body", body);
    if (story != null) {
      current.put("story", story);
    }
    if (hasEditor) {
      current.put("editedBy", editorName);
    }
    current.put("editedAt", savedAt.toString());
    return current;
  }

  /**
   * The member's refused edit as the conflict answer shows it ({@code yours}); a body left out of
   * the edit is the stored one.
   */
  public static Map<String, Object> yours(
      int version, String title, String body, String storedBody, Map<String, String> story) {
    Map<String, Object> yours = new LinkedHashMap<>();
    yours.put("version", version);
    if (title != null) {
      yours.put("title", title);
    }
    yours.put("body", body == null ? storedBody : body);
    if (story != null) {
      yours.put("story", story);
    }
    return yours;
  }
}
