package no.helsebro.groups;

import jakarta.inject.Singleton;
import java.util.Set;
import no.helsebro.accounts.MemberActivated;
import no.helsebro.accounts.MemberDeleted;
import no.helsebro.accounts.MemberSuspended;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.changes.ChangeListener;
import no.helsebro.platform.changes.FeedEntry;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.profiles.ProfileUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps automatic group memberships in step with profiles from the change feed: a saved profile, an
 * approved, suspended or deleted member. The memberships live in the shared database, so only the
 * node that wrote the change applies it (the event's origin), off the tailer thread; the periodic
 * reconciliation ({@link GroupSyncJob}) catches anything a node that stopped in between left
 * undone.
 */
@Singleton
class ProfileChangeListener implements ChangeListener {

  private static final Logger LOG = LoggerFactory.getLogger(ProfileChangeListener.class);

  private final GroupSync sync;
  private final ChangeFeed feed;

  ProfileChangeListener(GroupSync sync, ChangeFeed feed) {
    this.sync = sync;
    this.feed = feed;
  }

  @Override
  public Set<Class<? extends FeedEvent>> events() {
    return Set.of(
        ProfileUpdated.class, MemberActivated.class, MemberSuspended.class, MemberDeleted.class);
  }

  @Override
  public void onChange(FeedEntry<? extends FeedEvent> entry) {
    if (!feed.nodeId().equals(entry.origin())) {
      return;
    }
    FeedEvent event = entry.event();
    long member = -1;
    if (event instanceof ProfileUpdated e) {
      member = e.memberId();
    } else if (event instanceof MemberActivated e) {
      member = e.memberId();
    } else if (event instanceof MemberSuspended e) {
      member = e.memberId();
    } else if (event instanceof MemberDeleted e) {
      member = e.memberId();
    }
    if (member > 0) {
      try {
        sync.syncMember(member);
      } catch (RuntimeException ex) {
        LOG.warn(
            "Could not bring member {}'s groups in step (the reconciliation will)", member, ex);
      }
    }
  }
}
