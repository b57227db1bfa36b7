package no.helsebro.profiles;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TaxonomyRepository extends CrudRepository<TaxonomyTerm, Long> {

  List<TaxonomyTerm> findAllOrderByKindAscAndSortOrderAscAndNameNbAsc();

  List<TaxonomyTerm> findByKindOrderBySortOrderAscAndNameNbAsc(TaxonomyKind kind);

  List<TaxonomyTerm> findByIdIn(Collection<Long> ids);

  boolean existsByKindAndCode(TaxonomyKind kind, String code);
}
