package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import no.helsebro.accounts.MemberDirectory;

/**
 * The display names the forum shows next to posts and topics, read from the accounts module's
 * {@link MemberDirectory} in one look-up per page (the forum does not join the members table, ADR
 * 0024). The hot reads keep the names inside their generation-checked cache (ADR 0207), which a
 * rename or deletion empties, so a cached page costs no look-up at all.
 */
@Singleton
class AuthorNames {

  private final MemberDirectory members;

  AuthorNames(MemberDirectory members) {
    this.members = members;
  }

  /** The names of the given members ("" for a deleted one); nulls and unknown ids are left out. */
  Map<Long, String> of(Collection<Long> memberIds) {
    Map<Long, String> names = new HashMap<>();
    var ids = memberIds.stream().filter(Objects::nonNull).distinct().toList();
    members.summaries(ids).forEach((id, s) -> names.put(id, s.displayName()));
    return names;
  }

  /** One member's name ("" when deleted), null for no member or an unknown one. */
  @Nullable
  String of(@Nullable Long memberId) {
    return memberId == null ? null : members.displayName(memberId).orElse(null);
  }
}
