package nl.buurtstem.opendata.peiling;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.buurtstem.opendata.Gemeentetijd;

/**
 * The polls in a kiosk's content feed, as the kiosk contract has them: in the order staff chose ({@code volgorde}),
 * each with its {@code start} and {@code eind} (ISO-8601 with the Dutch offset, absent when open) so a kiosk that is
 * offline still starts and stops asking on time; closed and archived polls leave the kiosk (their results stay in the
 * open data). {@code vraagVanDeWeek} names the poll the physical buttons answer; absent means the first.
 */
final class KioskPeilingen {

    static final Comparator<Peiling> VOLGORDE = Comparator.comparing(
                    (Peiling p) -> p.volgorde() == null ? Integer.MAX_VALUE : p.volgorde())
            .thenComparing(Peiling::id);

    private final PeilingStore peilingen;
    private final Clock clock;

    KioskPeilingen(PeilingStore peilingen, Clock clock) {
        this.peilingen = peilingen;
        this.clock = clock;
    }

    List<Map<String, Object>> voor(String wijkcode) {
        return open(wijkcode).stream().map(KioskPeilingen::feed).toList();
    }

    /**
     * What a kiosk in the wijk would ask with this draft published, the draft at its place whatever its dates: for
     * the staff's preview only.
     */
    List<Map<String, Object>> metConcept(Peiling concept, String wijkcode) {
        List<Peiling> gepubliceerd = wijkcode == null ? List.of() : open(wijkcode);
        return Stream.concat(gepubliceerd.stream().filter(p -> !p.id().equals(concept.id())), Stream.of(concept))
                .sorted(VOLGORDE)
                .map(KioskPeilingen::feed)
                .toList();
    }

    /** The poll the buttons answer: the first marked one already running, if any. */
    Optional<String> vraagVanDeWeek(String wijkcode) {
        Instant nu = clock.instant();
        return open(wijkcode).stream()
                .filter(Peiling::vraagVanDeWeek)
                .filter(p -> p.start() == null || !p.start().isAfter(nu))
                .map(Peiling::id)
                .findFirst();
    }

    private List<Peiling> open(String wijkcode) {
        Instant nu = clock.instant();
        return peilingen.askedIn(wijkcode).stream()
                .filter(p -> !p.gearchiveerd() && !p.isGesloten(nu))
                .sorted(VOLGORDE)
                .toList();
    }

    private static Map<String, Object> feed(Peiling p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("wijk", p.wijk());
        m.put("vraag", p.vraag());
        m.put("opties", p.opties());
        m.put("demo", p.demo());
        m.put("soort", p.soort());
        m.put("volgorde", p.volgorde() == null ? Integer.MAX_VALUE : p.volgorde());
        if (p.start() != null) {
            m.put("start", tijd(p.start()));
        }
        if (p.eind() != null) {
            m.put("eind", tijd(p.eind()));
        }
        return m;
    }

    static String tijd(Instant instant) {
        return instant.atZone(Gemeentetijd.ZONE).toOffsetDateTime().toString();
    }
}
