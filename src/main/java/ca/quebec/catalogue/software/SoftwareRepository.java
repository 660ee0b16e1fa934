package ca.quebec.catalogue.software;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SoftwareRepository implements PanacheRepositoryBase<Software, Long> {

    public Software findBySlug(String id) {
        return find("id", id).firstResult();
    }
}
