package nl.buurtstem.opendata.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.buurtstem.opendata.fleet.Kiosk;
import nl.buurtstem.opendata.initiatief.Initiatief;
import nl.buurtstem.opendata.initiatief.InitiatiefStore;
import nl.buurtstem.opendata.peiling.Peiling;
import nl.buurtstem.opendata.peiling.PeilingStore;
import nl.buurtstem.opendata.plan.Plan;
import nl.buurtstem.opendata.plan.PlanStore;
import nl.buurtstem.opendata.wijk.Wijk;
import nl.buurtstem.opendata.wijk.WijkStore;

/** What a kiosk shows, for its own wijk, with an ETag so an unchanged kiosk downloads nothing. */
final class ContentFeed {

    record KioskInfo(String id, String naam, String buurthuis, String wijk, Map<String, List<String>> openingstijden) {}

    record Content(
            KioskInfo kiosk, Wijk wijk, List<Peiling> peilingen, List<Plan> plannen, List<Initiatief> initiatieven) {}

    record Tagged(String etag, byte[] body) {}

    private final ObjectMapper json;
    private final WijkStore wijken;
    private final PeilingStore peilingen;
    private final PlanStore plannen;
    private final InitiatiefStore initiatieven;
    private final List<ContentSection> sections;

    ContentFeed(
            ObjectMapper json,
            WijkStore wijken,
            PeilingStore peilingen,
            PlanStore plannen,
            InitiatiefStore initiatieven,
            List<ContentSection> sections) {
        this.sections = List.copyOf(sections);
        this.json = json;
        this.wijken = wijken;
        this.peilingen = peilingen;
        this.plannen = plannen;
        this.initiatieven = initiatieven;
    }

    Tagged forKiosk(Kiosk kiosk) {
        Content content = new Content(
                new KioskInfo(kiosk.id(), kiosk.naam(), kiosk.buurthuis(), kiosk.wijk(), kiosk.openingstijden()),
                wijken.find(kiosk.wijk()).orElse(null),
                peilingen.askedIn(kiosk.wijk()),
                plannen.inWijk(kiosk.wijk()),
                initiatieven.inWijk(kiosk.wijk()));
        try {
            ObjectNode document = json.valueToTree(content);
            sections.forEach(section -> document.set(
                    section.name(), json.valueToTree(section.content().apply(kiosk))));
            byte[] body = json.writeValueAsBytes(document);
            return new Tagged("\"" + sha256(body) + "\"", body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("content cannot be written as JSON", e);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
