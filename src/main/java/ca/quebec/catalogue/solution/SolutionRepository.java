package ca.quebec.catalogue.solution;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SolutionRepository implements PanacheRepositoryBase<Solution, Long> {

    public Solution findBySlug(String id) {
        return find("id", id).firstResult();
    }

    public Solution findByRepository(String normalizedRepository) {
        return find("normalizedRepository", normalizedRepository).firstResult();
    }
}
