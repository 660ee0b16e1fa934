package ca.quebec.catalogue.solution;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class SolutionRepository implements PanacheRepositoryBase<Solution, Long> {

    /** The id of the solution with this (normalized) repository, if any: a look-up that loads no entity. */
    String idByRepository(String normalizedRepository) {
        List<String> ids = getEntityManager().createQuery("select s.id from Solution s where s.normalizedRepository = :repository",
                String.class).setParameter("repository", normalizedRepository).setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }
}
