package ca.quebec.catalogue.category;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.persistence.Keyset;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {

    /** A page of categories by id. */
    public Listing<Category> page(PageRequest page, String sort) {
        return Keyset.of(getEntityManager(), Category.class, "c").orderBy(Keyset.Key.of("c.id")).page(page, sort, c -> List.of(c.id));
    }
}
