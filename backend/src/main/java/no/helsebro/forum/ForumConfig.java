package no.helsebro.forum;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Limits for members who have not yet taken part a while, and the read caches' safety net ({@code
 * helsebro.forum.*}).
 */
@ConfigurationProperties("helsebro.forum")
class ForumConfig {

  /** A member is trusted from this account age on (or once one of their answers was accepted). */
  private Duration trustedAfter = Duration.ofDays(7);

  /** New members: posts (topics and replies) per rolling hour. */
  private int newMemberPostsPerHour = 10;

  /** New members: new topics per rolling hour. */
  private int newMemberTopicsPerHour = 3;

  /** New members: links to other sites in one post. */
  private int newMemberLinksPerPost = 2;

  /**
   * The longest a shared read cache entry is served (docs/adr/0207): the change feed forgets it at
   * every forum change; this only bounds a change made without an event.
   */
  private Duration sharedCacheMaxAge = Duration.ofSeconds(2);

  public Duration getTrustedAfter() {
    return trustedAfter;
  }

  public void setTrustedAfter(Duration trustedAfter) {
    this.trustedAfter = trustedAfter;
  }

  public int getNewMemberPostsPerHour() {
    return newMemberPostsPerHour;
  }

  public void setNewMemberPostsPerHour(int newMemberPostsPerHour) {
    this.newMemberPostsPerHour = newMemberPostsPerHour;
  }

  public int getNewMemberTopicsPerHour() {
    return newMemberTopicsPerHour;
  }

  public void setNewMemberTopicsPerHour(int newMemberTopicsPerHour) {
    this.newMemberTopicsPerHour = newMemberTopicsPerHour;
  }

  public int getNewMemberLinksPerPost() {
    return newMemberLinksPerPost;
  }

  public void setNewMemberLinksPerPost(int newMemberLinksPerPost) {
    this.newMemberLinksPerPost = newMemberLinksPerPost;
  }

  public Duration getSharedCacheMaxAge() {
    return sharedCacheMaxAge;
  }

  public void setSharedCacheMaxAge(Duration sharedCacheMaxAge) {
    this.sharedCacheMaxAge = sharedCacheMaxAge;
  }

  TrustPolicy policy() {
    return new TrustPolicy(
        trustedAfter, newMemberPostsPerHour, newMemberTopicsPerHour, newMemberLinksPerPost);
  }
}
