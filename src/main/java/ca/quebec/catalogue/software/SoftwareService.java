package ca.quebec.catalogue.software;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.record.RecordFilter;
import ca.quebec.catalogue.record.RecordQueries;
import ca.quebec.catalogue.record.RecordSort;
import ca.quebec.catalogue.record.RecordStatus;
import ca.quebec.catalogue.record.RecordVisibility;
import ca.quebec.catalogue.usage.UsageService;
import ca.quebec.catalogue.usage.UsageView;
import ca.quebec.catalogue.web.Listing;
import ca.quebec.catalogue.web.PageRequest;
import ca.quebec.catalogue.web.ProblemException;
import ca.quebec.catalogue.web.Tagged;

/** Reading software records. */
@ApplicationScoped
public class SoftwareService {

    private final SoftwareRepository repository;
    private final RecordQueries queries;
    private final SoftwareViews views;
    private final UsageService usages;

    public SoftwareService(SoftwareRepository repository, RecordQueries queries, SoftwareViews views, UsageService usages) {
        this.repository = repository;
        this.queries = queries;
        this.views = views;
        this.usages = usages;
    }

    @Transactional
    public Listing<SoftwareView> list(RecordVisibility visibility, RecordFilter filter, RecordSort sort, PageRequest page) {
        RecordQueries.Slice<Software> slice = queries.list(Software.class, visibility, filter, sort, page);
        return Listing.of(slice.rows(), page, slice.total(), sort::cursorAfter, views::of);
    }

    @Transactional
    public Tagged<SoftwareView> get(String id) {
        Software software = visible(id);
        return new Tagged<>(views.of(software), SoftwareViews.etag(software));
    }

    @Transactional
    public Listing<UsageView> usages(String id, PageRequest page, boolean authenticated) {
        return usages.ofRecord(visible(id), page, authenticated);
    }

    /** A software any caller may see: published, or archived (which stays readable). */
    Software visible(String id) {
        Software software = repository.findBySlug(id);
        if (software == null || RecordStatus.SUBMITTED.wire.equals(software.status)
                || RecordStatus.REJECTED.wire.equals(software.status)) {
            throw ProblemException.notFound("software", id);
        }
        return software;
    }
}
