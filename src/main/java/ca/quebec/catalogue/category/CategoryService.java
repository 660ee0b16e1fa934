package ca.quebec.catalogue.category;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Listing;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Tagged;
import ca.quebec.catalogue.kernel.Versions;

/** Reading the category vocabulary. */
@ApplicationScoped
public class CategoryService {

    static final String SORT = "id";

    private final CategoryRepository categories;
    private final CategoryCounts counts;

    public CategoryService(CategoryRepository categories, CategoryCounts counts) {
        this.categories = categories;
        this.counts = counts;
    }

    @Transactional
    public Listing<CategoryView> list(PageRequest page) {
        Map<String, Long> counted = counts.recordsPerCategory();
        return categories.page(page, SORT).map(c -> view(c, counted));
    }

    @Transactional
    public Tagged<CategoryView> get(String id) {
        Category category = categories.findById(id);
        if (category == null) {
            throw ProblemException.notFound("category", id);
        }
        CategoryView view = view(category, counts.recordsPerCategory());
        return new Tagged<>(view, Versions.tag(view.recordCount(), Integer.toHexString(view.name().hashCode())));
    }

    private static CategoryView view(Category c, Map<String, Long> counts) {
        return new CategoryView(c.id, BilingualText.of(c.nameFr, c.nameEn), counts.getOrDefault(c.id, 0L));
    }
}
