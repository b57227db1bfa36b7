package no.helsebro.platform.web;

/**
 * Helsebro's own address ({@code helsebro.base-url}) as links in mail, feeds and redirects start
 * with it: without a trailing slash, so that a path ({@code /topics/7}) can be appended.
 */
public final class BaseUrl {

  private BaseUrl() {}

  /** {@code configured} without its trailing slash, if it has one. */
  public static String withoutTrailingSlash(String configured) {
    return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
  }
}
