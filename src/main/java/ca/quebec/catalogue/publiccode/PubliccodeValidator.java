package ca.quebec.catalogue.publiccode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ca.quebec.catalogue.licence.LicenceRegistry;

/**
 * Validates publiccode.yml files against the standard (version 0.5, https://yml.publiccode.tools),
 * with the reference parser's split between errors and warnings (see {@link Inspection}).
 *
 * <p>Never throws on bad input: hostile or broken files (too large, not UTF-8, several
 * documents, alias bombs, deep nesting, duplicate or non-string keys) come back as a report
 * with one error. No network access is ever made.
 */
@ApplicationScoped
public class PubliccodeValidator {

    private final LicenceRegistry licences;
    private final PubliccodeLimits limits;
    private final Clock clock;

    @Inject
    public PubliccodeValidator(LicenceRegistry licences) {
        this(licences, PubliccodeLimits.DEFAULT, Clock.systemUTC());
    }

    /**
     * @param clock gives "today", against which contractors' end dates are compared
     */
    public PubliccodeValidator(LicenceRegistry licences, PubliccodeLimits limits, Clock clock) {
        this.licences = licences;
        this.limits = limits;
        this.clock = clock;
    }

    public PubliccodeReport validate(byte[] yaml) {
        YamlReader.Result read = new YamlReader(limits).read(yaml);
        if (read.error() != null) {
            return new PubliccodeReport(List.of(read.error()), List.of(), null);
        }
        Inspection inspection = new Inspection(licences, LocalDate.now(clock));
        if (inspection.version(read.root())) {
            inspection.document(read.root());
        }
        return new PubliccodeReport(inspection.errors, inspection.warnings, read.root());
    }
}
