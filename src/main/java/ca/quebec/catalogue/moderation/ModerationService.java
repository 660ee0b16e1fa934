package ca.quebec.catalogue.moderation;

import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.changes.RecordRevisions;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Role;
import ca.quebec.catalogue.kernel.Versions;
import ca.quebec.catalogue.kernel.Written;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.record.RecordRules;
import ca.quebec.catalogue.software.Software;
import ca.quebec.catalogue.software.SoftwareViews;
import ca.quebec.catalogue.solution.Solution;
import ca.quebec.catalogue.solution.SolutionViews;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/** The curators' decisions on software and solutions alike: approve, reject, archive. */
@ApplicationScoped
class ModerationService {

    /** What moderation needs of a kind of record: how to show it, compare its states, and tag it. */
    private record Kind<R extends CatalogueRecord>(RecordKind kind, Class<R> type, BiFunction<R, VisibilityPolicy, Object> view,
            Function<R, ObjectNode> state, BiFunction<R, VisibilityPolicy, String> etag) {
    }

    private final RecordRepository records;
    private final RecordRules rules;
    private final RecordRevisions revisions;
    private final Kind<Software> software;
    private final Kind<Solution> solution;

    ModerationService(RecordRepository records, RecordRules rules, RecordRevisions revisions, SoftwareViews softwareViews,
            SolutionViews solutionViews) {
        this.records = records;
        this.rules = rules;
        this.revisions = revisions;
        this.software = new Kind<>(RecordKind.SOFTWARE, Software.class, (s, policy) -> softwareViews.of(s), softwareViews::state,
                (s, policy) -> SoftwareViews.etag(s));
        this.solution = new Kind<>(RecordKind.SOLUTION, Solution.class, solutionViews::of, solutionViews::state, solutionViews::etag);
    }

    /** A decision on a locked record; If-Match, when sent, must name its current version. */
    @Transactional
    Written<Object> decide(Caller caller, RecordKind kind, String id, Moderation moderation, String reason, String ifMatch) {
        caller.require(Role.CURATOR);
        return kind == RecordKind.SOFTWARE ? decide(caller, software, id, moderation, reason, ifMatch)
                : decide(caller, solution, id, moderation, reason, ifMatch);
    }

    private <R extends CatalogueRecord> Written<Object> decide(Caller caller, Kind<R> kind, String id, Moderation moderation,
            String reason, String ifMatch) {
        VisibilityPolicy policy = VisibilityPolicy.of(caller);
        R record = records.lockVisible(kind.type(), kind.kind(), id, policy);
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, kind.etag().apply(record, policy));
        }
        if (moderation == Moderation.APPROVE) {
            // Submissions do not see each other's: once public, a record must not twin another public one.
            rules.refuseDuplicates(kind.type(), kind.kind(), record.normalizedName, record.normalizedRepository, record.pk,
                    VisibilityPolicy.ANONYMOUS);
        }
        ObjectNode before = kind.state().apply(record);
        moderation.apply(record, reason);
        revisions.revised(caller, record, moderation.action, before, kind.state().apply(record));
        return Written.updated(kind.view().apply(record, policy), kind.etag().apply(record, policy));
    }
}
