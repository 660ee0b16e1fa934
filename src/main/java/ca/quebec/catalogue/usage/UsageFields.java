package ca.quebec.catalogue.usage;

import java.util.List;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.visibility.Contact;

/** What a usage declaration says, whether it comes alone or in a bulk request. */
interface UsageFields {

    String installations();

    List<String> versions();

    String status();

    String since();

    BilingualText useCase();

    List<Contact> contacts();

    /** Checks each field; {@code prefix} is the declaration's JSON pointer ("" alone, "/usages/3" in a bulk). */
    default void check(String prefix, Checks checks) {
        checks.oneOf(prefix + "/installations", installations(), InstallationRange.class);
        checks.strings(prefix + "/versions", versions(), UsageInput.VERSION_MAX);
        checks.oneOf(prefix + "/status", status(), UsageStatus.class);
        checks.partialDate(prefix + "/since", since());
        if (useCase() != null) {
            checks.text(prefix + "/useCase/fr", useCase().fr(), Checks.TEXT_MAX, true);
            checks.text(prefix + "/useCase/en", useCase().en(), Checks.TEXT_MAX, false);
        }
        Contact.check(contacts(), prefix + "/contacts", checks);
    }
}
