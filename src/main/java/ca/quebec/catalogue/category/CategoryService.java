package ca.quebec.catalogue.category;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.web.BilingualText;
import ca.quebec.catalogue.web.Cursor;
import ca.quebec.catalogue.web.ETags;
import ca.quebec.catalogue.web.Listing;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.ProblemException;
import ca.quebec.catalogue.web.Tagged;

/** Reading the category vocabulary. */
@ApplicationScoped
public class CategoryService {

    static final String SORT = "id";

    private final CategoryRepository categories;
    private final EntityManager em;

    public CategoryService(CategoryRepository categories, EntityManager em) {
        this.categories = categories;
        this.em = em;
    }

    @Transactional
    public Listing<CategoryView> list(PageRequest page) {
        List<Category> rows = page.cursor() == null
                ? categories.find("order by id").page(0, page.limit() + 1).list()
                : categories.find("id > ?1 order by id", page.cursor().id()).page(0, page.limit() + 1).list();
        Map<String, Long> counts = recordCounts();
        return Listing.of(rows, page, categories.count(), c -> new Cursor(SORT, "", c.id), c -> view(c, counts));
    }

    @Transactional
    public Tagged<CategoryView> get(String id) {
        Category category = categories.findById(id);
        if (category == null) {
            throw ProblemException.notFound("category", id);
        }
        CategoryView view = view(category, recordCounts());
        return new Tagged<>(view, ETags.of(view.recordCount(), Integer.toHexString(view.name().hashCode())));
    }

    private static CategoryView view(Category c, Map<String, Long> counts) {
        return new CategoryView(c.id, BilingualText.of(c.nameFr, c.nameEn), counts.getOrDefault(c.id, 0L));
    }

    private Map<String, Long> recordCounts() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select c, count(r) from CatalogueRecord r join r.categories c where r.status = 'published' group by c",
                Object[].class).getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
