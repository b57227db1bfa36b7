package no.helsebro.profiles;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The member directory's profile filters, each owning its fixed condition on {@code member_profiles
 * p} with one parameter: the term or vocabulary id asked for.
 */
enum DirectoryFilter {
  REGION(" AND p.region_id = ?"),
  COUNTY(" AND p.county_id = ?"),
  WORKPLACE_TYPE(" AND p.workplace_type_id = ?"),
  BACKGROUND(" AND p.background_id = ?"),
  SYSTEM(
      " AND EXISTS (SELECT 1 FROM member_profile_terms t WHERE t.term_id = ? AND t.member_id ="
          + " p.member_id AND t.relation IN ('SYSTEM_USED', 'SYSTEM_KNOWN'))"),
  EXPERTISE(
      " AND EXISTS (SELECT 1 FROM member_profile_terms t WHERE t.term_id = ? AND t.member_id ="
          + " p.member_id AND t.relation = 'EXPERTISE')");

  private final String condition;

  DirectoryFilter(String condition) {
    this.condition = condition;
  }

  /** Adds this filter's condition and its id when the id is given. */
  void apply(StringBuilder where, List<Object> args, @Nullable Long id) {
    if (id != null) {
      where.append(condition);
      args.add(id);
    }
  }
}
