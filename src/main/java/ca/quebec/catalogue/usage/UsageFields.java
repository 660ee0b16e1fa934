package ca.quebec.catalogue.usage;

import java.util.List;

import ca.quebec.catalogue.web.BilingualText;

/** What a usage declaration says, whether it comes alone or in a bulk request. */
public interface UsageFields {

    String installations();

    List<String> versions();

    String status();

    String since();

    BilingualText useCase();

    List<Contact> contacts();
}
