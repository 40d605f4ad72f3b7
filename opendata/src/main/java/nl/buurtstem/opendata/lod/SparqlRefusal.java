package nl.buurtstem.opendata.lod;

import org.apache.jena.fuseki.servlets.ActionErrorException;

/** A query this endpoint does not answer, with the problem type a client can look up. */
final class SparqlRefusal extends ActionErrorException {

    private final String type;

    SparqlRefusal(int status, String type, String detail) {
        super(status, detail, null);
        this.type = type;
    }

    String type() {
        return type;
    }

    /** The problem type for one of Fuseki's own refusals, which carry only a status. */
    static String typeOf(ActionErrorException e) {
        if (e instanceof SparqlRefusal refusal) {
            return refusal.type;
        }
        return switch (e.getRC()) {
            case 400 -> "malformed-query";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 503 -> "query-timeout";
            default -> "sparql-" + e.getRC();
        };
    }
}
