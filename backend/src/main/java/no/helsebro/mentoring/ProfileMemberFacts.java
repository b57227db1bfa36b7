package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Member facts from the core {@code members} table. Until the profiles module is on main, this
 * knows names and states only; profile facts (background, workplace, region, systems, languages)
 * are empty and the mentee states workplace and region in their needs instead.
 */
@Singleton
class ProfileMemberFacts implements MemberFacts {

  private final Sql sql;

  ProfileMemberFacts(Sql sql) {
    this.sql = sql;
  }

  @Override
  public Map<Long, Facts> of(Collection<Long> memberIds) {
    Map<Long, Facts> out = new HashMap<>();
    List<Long> ids = new ArrayList<>(memberIds);
    // In chunks, so a pool of thousands of mentors does not make one huge IN list.
    for (int from = 0; from < ids.size(); from += 1000) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
      for (Facts f :
          sql.list(
              "SELECT id, display_name, status FROM members WHERE id IN ("
                  + Sql.marks(chunk.size())
                  + ")",
              rs ->
                  new Facts(
                      rs.getLong("id"),
                      rs.getString("display_name"),
                      rs.getString("status"),
                      null,
                      null,
                      null,
                      Set.of(),
                      Set.of()),
              chunk.toArray())) {
        out.put(f.memberId(), f);
      }
    }
    return out;
  }
}
