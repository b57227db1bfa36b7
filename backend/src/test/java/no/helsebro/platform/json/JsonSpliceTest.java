package no.helsebro.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonSpliceTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void thePrefixEndsWithTheKeptPartOfTheTail() {
    byte[] json = utf8("{\"title\":\"Blåbær\",\"lastRead\":null}");
    byte[] prefix = JsonSplice.prefix(json, "\"lastRead\":null}", "\"lastRead\":");
    assertThat(new String(prefix, StandardCharsets.UTF_8))
        .isEqualTo("{\"title\":\"Blåbær\",\"lastRead\":");
  }

  @Test
  void thePrefixAndTheMembersOwnValuesGiveWholeJsonAgain() {
    byte[] json = utf8("{\"id\":7,\"helpful\":false,\"thanked\":false}");
    byte[] prefix = JsonSplice.prefix(json, "\"helpful\":false,\"thanked\":false}", "\"helpful\":");
    String whole =
        new String(prefix, StandardCharsets.UTF_8)
            + new String(JsonSplice.ascii("true,\"thanked\":false}"), StandardCharsets.US_ASCII);
    assertThat(whole).isEqualTo("{\"id\":7,\"helpful\":true,\"thanked\":false}");
  }

  @Test
  void jsonThatDoesNotEndWithTheTailIsRefused() {
    byte[] json = utf8("{\"lastRead\":null,\"renamed\":1}");
    assertThatThrownBy(() -> JsonSplice.prefix(json, "\"lastRead\":null}", "\"lastRead\":"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void jsonShorterThanTheTailIsRefused() {
    assertThatThrownBy(() -> JsonSplice.prefix(utf8("{}"), "\"lastRead\":null}", "\"lastRead\":"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeptPartThatDoesNotStartTheTailIsAProgrammingError() {
    assertThatThrownBy(() -> JsonSplice.prefix(utf8("{\"a\":1}"), "\"a\":1}", "\"b\":"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
