package nl.buurtstem.opendata;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;

/**
 * The municipality's clock: staff type moments in it, residents read them in it, and a publication period, a day's
 * answers and a month's wijkupdate begin and end by it, whatever zone the server runs in.
 */
public final class Gemeentetijd {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    // Always with seconds and never a fraction: xsd:dateTime requires the seconds, and the same moment is then always
    // the same literal (OffsetDateTime.toString() leaves out ":00").
    private static final DateTimeFormatter XSD_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Gemeentetijd() {}

    /** A moment in the open data: the time in the Netherlands with its offset from UTC, so NOW() and other zones compare it. */
    public static Literal xsdDateTime(Model m, Instant moment) {
        return m.createTypedLiteral(XSD_DATE_TIME.format(moment.atZone(ZONE)), XSDDatatype.XSDdateTime);
    }
}
