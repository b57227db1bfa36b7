package no.helsebro.accounts;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EmailDomainRepository extends CrudRepository<EmailDomain, Long> {

  List<EmailDomain> findAllOrderByDomain();

  boolean existsByDomain(String domain);

  boolean existsByDomainIn(Collection<String> domains);
}
