package no.helsebro.platform.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Byte-level splicing of JSON encoded once and shared by many answers: a value's JSON is cut off
 * before its last, per-request members, and each answer writes its own values after the shared
 * prefix. The JSON is only checked to end as expected, never parsed.
 */
public final class JsonSplice {

  private JsonSplice() {}

  /**
   * {@code json} without its ending after {@code keep}: {@code json} must end with {@code tail},
   * and {@code tail} must start with {@code keep}, which stays. Writing the per-request values and
   * the closing brace after the result gives whole JSON again.
   *
   * @throws IllegalStateException when {@code json} does not end with {@code tail} (a renamed or
   *     reordered field would otherwise splice wrong JSON)
   */
  public static byte[] prefix(byte[] json, String tail, String keep) {
    if (!tail.startsWith(keep)) {
      throw new IllegalArgumentException("the kept part must start the tail");
    }
    byte[] end = tail.getBytes(StandardCharsets.UTF_8);
    int start = json.length - end.length;
    if (start < 0 || !Arrays.equals(json, start, json.length, end, 0, end.length)) {
      throw new IllegalStateException("the JSON must end with " + tail);
    }
    return Arrays.copyOf(json, start + keep.getBytes(StandardCharsets.UTF_8).length);
  }

  /** The text as bytes, for the JSON punctuation, names and numbers written between pieces. */
  public static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
