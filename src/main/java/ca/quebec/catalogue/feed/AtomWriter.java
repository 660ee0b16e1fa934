package ca.quebec.catalogue.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import ca.quebec.catalogue.kernel.Messages;

/**
 * A feed page as an RFC 4287 Atom document, written with StAX (escaping is the
 * writer's job, never ours).
 *
 * <p>Languages: the document is French ({@code xml:lang="fr"} on the feed).
 * Atom allows one title per entry, so an entry's title is French and its content
 * holds both languages: a French paragraph, then an English one that starts with
 * the English title. The feed's English title is its subtitle.
 *
 * <p>Ids: an entry is one change, {@code tag:<authority>:changes/<seq>}, the same
 * in every filtered feed that shows it; a feed is named by its filters,
 * {@code tag:<authority>:feeds/changes?kind=software}, the same on every page.
 */
final class AtomWriter {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String MEDIA_TYPE = "application/atom+xml";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /**
     * Where the document is and what it links to.
     *
     * @param base      the service's base URL, for the records' API URLs
     * @param authority the tag URIs' tagging entity, {@code host,2025}
     * @param self      this document's URL
     * @param first     the newest page's URL
     * @param next      the next (older) page's URL, or null on the last page
     */
    record Links(String base, String authority, String self, String first, String next) {
    }

    private AtomWriter() {
    }

    static byte[] write(FeedPage page, Links links) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            lang(xml, "fr");
            text(xml, "id", "tag:" + links.authority() + ":feeds/changes" + page.filter().query());
            text(xml, "title", Messages.get(Messages.FRENCH, "feed.title"));
            xml.writeStartElement(ATOM, "subtitle");
            lang(xml, "en");
            xml.writeCharacters(Messages.get(Messages.ENGLISH, "feed.title"));
            xml.writeEndElement();
            text(xml, "updated", time(page.updated()));
            link(xml, "self", MEDIA_TYPE, links.self());
            link(xml, "first", MEDIA_TYPE, links.first());
            if (links.next() != null) {
                link(xml, "next", MEDIA_TYPE, links.next());
            }
            xml.writeStartElement(ATOM, "author");
            text(xml, "name", Messages.get(Messages.FRENCH, "feed.author"));
            text(xml, "uri", links.base() + "/");
            xml.writeEndElement();
            for (FeedEntry entry : page.entries()) {
                entry(xml, entry, links);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom feed not written", e);
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, FeedEntry entry, Links links) throws XMLStreamException {
        xml.writeStartElement(ATOM, "entry");
        text(xml, "id", "tag:" + links.authority() + ":changes/" + entry.seq());
        xml.writeStartElement(ATOM, "title");
        lang(xml, "fr");
        xml.writeCharacters(title(Messages.FRENCH, entry));
        xml.writeEndElement();
        text(xml, "updated", time(entry.occurredAt()));
        String record = links.base() + entry.kind().path(entry.id());
        link(xml, "alternate", "application/json", record);
        if (entry.organization() != null) {
            link(xml, "related", "application/json", record + "/usages/" + entry.organization().id());
        }
        category(xml, entry.kind().wire, Messages.get(Messages.FRENCH, "feed.kind." + entry.kind().wire));
        category(xml, entry.action(), null);
        xml.writeStartElement(ATOM, "content");
        xml.writeAttribute("type", "xhtml");
        xml.writeStartElement("", "div", XHTML);
        xml.writeDefaultNamespace(XHTML);
        paragraph(xml, Messages.FRENCH, entry);
        paragraph(xml, Messages.ENGLISH, entry);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void paragraph(XMLStreamWriter xml, Locale locale, FeedEntry entry) throws XMLStreamException {
        xml.writeStartElement(XHTML, "p");
        lang(xml, Messages.language(locale));
        StringBuilder text = new StringBuilder(title(locale, entry)).append(". ")
                .append(Messages.get(locale, "feed.revision", Long.toString(entry.revision())));
        if (!entry.fields().isEmpty()) {
            text.append(' ').append(Messages.get(locale, "feed.fields", String.join(", ", entry.fields())));
        }
        xml.writeCharacters(text.toString());
        xml.writeEndElement();
    }

    /** "Firefox : fiche modifiée", "Firefox: usage declared by …", in one language. */
    static String title(Locale locale, FeedEntry entry) {
        String body = entry.organization() == null ? ""
                : locale == Messages.ENGLISH && entry.organization().nameEn() != null ? entry.organization().nameEn()
                        : entry.organization().nameFr();
        String key = "feed.entry." + entry.action();
        String title = Messages.get(locale, key, entry.name(), body);
        return title.equals(key) ? Messages.get(locale, "feed.entry.other", entry.name(), entry.action()) : title;
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void category(XMLStreamWriter xml, String term, String label) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "category");
        xml.writeAttribute("term", term);
        if (label != null) {
            xml.writeAttribute("label", label);
        }
    }

    private static void lang(XMLStreamWriter xml, String language) throws XMLStreamException {
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
    }

    /** RFC 3339 in UTC; a catalogue without any change says the epoch. */
    private static String time(OffsetDateTime time) {
        return (time == null ? Instant.EPOCH.atOffset(ZoneOffset.UTC) : time.withOffsetSameInstant(ZoneOffset.UTC)).format(RFC_3339);
    }
}
