package ca.quebec.catalogue.record;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.category.CategoryCounts;
import ca.quebec.catalogue.licence.LicenceCounts;

/** Answers the category and licence rooms' questions about records. */
@ApplicationScoped
class RecordCounts implements CategoryCounts, LicenceCounts {

    private final RecordRepository records;

    RecordCounts(RecordRepository records) {
        this.records = records;
    }

    @Override
    public Map<String, Long> recordsPerCategory() {
        return records.perCategory();
    }

    @Override
    public Map<String, Long> recordsPerLicence() {
        return records.perLicence();
    }
}
