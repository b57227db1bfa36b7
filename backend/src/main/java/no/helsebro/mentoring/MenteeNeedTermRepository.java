package no.helsebro.mentoring;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MenteeNeedTermRepository extends GenericRepository<MenteeNeedTerm, Long> {

  List<MenteeNeedTerm> findByMemberId(long memberId);

  List<MenteeNeedTerm> findByMemberIdIn(Collection<Long> memberIds);

  void deleteByMemberId(long memberId);

  MenteeNeedTerm save(MenteeNeedTerm term);
}
