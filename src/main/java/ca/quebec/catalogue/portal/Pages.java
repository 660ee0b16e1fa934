package ca.quebec.catalogue.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The pages' templates (src/main/resources/templates/portal/), checked against their data when the service is built. */
@CheckedTemplate(basePath = "portal")
public final class Pages {

    private Pages() {
    }

    public static native TemplateInstance home(Frame frame, Contents.HomePage page);

    public static native TemplateInstance search(Frame frame, Contents.SearchPage page);

    public static native TemplateInstance record(Frame frame, Contents.RecordPage page);

    public static native TemplateInstance organization(Frame frame, Contents.OrganizationPage page);

    public static native TemplateInstance category(Frame frame, Contents.CategoryPage page);

    public static native TemplateInstance statistics(Frame frame, Contents.StatisticsPage page);

    public static native TemplateInstance error(Frame frame, Contents.ErrorPage page);
}
