package no.helsebro.profiles;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code member_profile_terms}: a system, expertise or language a member lists. Its key is
 * (member_id, relation, term_id); {@link MemberProfileTermRepository} only inserts and deletes, so
 * the {@code @Id} on the member serves the mapping alone.
 */
@MappedEntity("member_profile_terms")
record MemberProfileTerm(@Id long memberId, TermRelation relation, long termId) {}
