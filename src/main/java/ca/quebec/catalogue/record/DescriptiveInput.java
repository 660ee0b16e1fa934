package ca.quebec.catalogue.record;

import java.util.List;

import ca.quebec.catalogue.kernel.BilingualText;

/** The descriptive core that a software or solution submission carries. */
public interface DescriptiveInput {

    String id();

    String name();

    List<String> aliases();

    BilingualText description();

    String licence();

    Boolean freeSoftware();

    BilingualText curatorNote();

    String homepage();

    String repository();

    List<String> categories();

    List<String> keywords();

    List<String> platforms();
}
