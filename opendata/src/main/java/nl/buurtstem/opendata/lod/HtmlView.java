package nl.buurtstem.opendata.lod;

import org.apache.jena.rdf.model.Model;

/** A feature's own page body for one of its things; the generic page is used when there is none. */
@FunctionalInterface
public interface HtmlView {

    /** The page body (without layout) for {@code iri}, described by {@code description}; null for the generic page. */
    String render(String iri, Model description);
}
