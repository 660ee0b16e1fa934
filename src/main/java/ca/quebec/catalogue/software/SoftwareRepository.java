package ca.quebec.catalogue.software;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import ca.quebec.catalogue.persistence.Condition;
import ca.quebec.catalogue.record.RecordNames;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/** Look-ups of software by what other records say of it (solutions name the software they depend on). */
@ApplicationScoped
public class SoftwareRepository implements PanacheRepositoryBase<Software, Long> {

    /** Whether a software with this id is one everybody may see. */
    public boolean isPublic(String id) {
        Condition visible = VisibilityPolicy.ANONYMOUS.visible("r");
        return !visible.bind(getEntityManager().createQuery("select r.id from Software r where r.id = :id and " + visible.jpql(),
                String.class)).setParameter("id", id).getResultList().isEmpty();
    }

    /** The name of a software, or its id when there is none with that id. */
    public String name(String id) {
        List<String> names = getEntityManager().createQuery("select s.name from Software s where s.id = :id", String.class)
                .setParameter("id", id).getResultList();
        return names.isEmpty() ? id : names.get(0);
    }

    /** A software that lists show by default, with this name or alias, ignoring case, accents and punctuation. */
    public Optional<String> idByName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalized = RecordNames.normalize(name);
        Condition listed = VisibilityPolicy.ANONYMOUS.listed("r", null);
        List<String> byName = listed.bind(getEntityManager().createQuery("select r.id from Software r where r.normalizedName = :name and "
                + listed.jpql(), String.class)).setParameter("name", normalized).getResultList();
        if (!byName.isEmpty()) {
            return Optional.of(byName.get(0));
        }
        return listed.bind(getEntityManager().createQuery("select r from Software r where lower(r.aliases) like :alias and " + listed.jpql(),
                Software.class))
                .setParameter("alias", "%" + name.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%")
                .getResultList().stream()
                .filter(s -> s.aliases.stream().anyMatch(a -> RecordNames.normalize(a).equals(normalized)))
                .map(s -> s.id).findFirst();
    }
}
