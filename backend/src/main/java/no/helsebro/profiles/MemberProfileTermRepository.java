package no.helsebro.profiles;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MemberProfileTermRepository extends GenericRepository<MemberProfileTerm, Long> {

  List<MemberProfileTerm> findByMemberId(long memberId);

  List<MemberProfileTerm> findByMemberIdInAndRelationIn(
      Collection<Long> memberIds, Collection<TermRelation> relations);

  void saveAll(List<MemberProfileTerm> terms);

  void deleteByMemberId(long memberId);
}
