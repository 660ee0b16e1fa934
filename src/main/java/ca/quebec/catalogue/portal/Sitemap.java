package ca.quebec.catalogue.portal;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The sitemaps.org file: each public page, with its twin in the other language as an alternate. */
final class Sitemap {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** One page in its two languages (paths). */
    record Entry(String fr, String en) {
    }

    private Sitemap() {
    }

    static String write(String base, List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xhtml", XHTML);
            for (Entry entry : entries) {
                url(xml, base, entry.fr(), entry);
                url(xml, base, entry.en(), entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void url(XMLStreamWriter xml, String base, String path, Entry entry) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(base + path);
        xml.writeEndElement();
        alternate(xml, "fr", base + entry.fr());
        alternate(xml, "en", base + entry.en());
        xml.writeEndElement();
    }

    private static void alternate(XMLStreamWriter xml, String lang, String href) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", lang);
        xml.writeAttribute("href", href);
    }
}
