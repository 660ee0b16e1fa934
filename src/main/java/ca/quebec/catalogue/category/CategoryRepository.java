package ca.quebec.catalogue.category;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {
}
