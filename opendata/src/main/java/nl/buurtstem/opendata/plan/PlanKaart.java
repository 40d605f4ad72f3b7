package nl.buurtstem.opendata.plan;

import io.javalin.config.JavalinConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Rol;
import nl.buurtstem.opendata.staff.StaffPaginas;
import nl.buurtstem.opendata.web.Html;
import nl.buurtstem.opendata.wijk.Wijkkaart;
import nl.buurtstem.opendata.wijk.WijkkaartStore;

/**
 * Where a plan is on the kiosks' wijk map. The plan form shows the map as an image button: a click sends where it was
 * clicked with the form (no script needed), and that point becomes the plan's pin. For the keyboard, "midden in de
 * wijk" puts the pin at the wijk's label.
 */
final class PlanKaart {

    /** The width the map is shown at on the form, in CSS pixels: a click's x and y are in these units. */
    static final double BREEDTE = 400;

    private final WijkkaartStore kaart;
    private final StaffPaginas paginas;

    PlanKaart(WijkkaartStore kaart, StaffPaginas paginas) {
        this.kaart = kaart;
        this.paginas = paginas;
    }

    void install(JavalinConfig cfg) {
        cfg.routes.get("/beheer/kaart.svg", ctx -> {
            paginas.vereist(ctx, Rol.EDITOR);
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("image/svg+xml").result(svg(ctx.queryParam("plan")));
        });
    }

    boolean heeftKaart() {
        return kaart.current().isPresent();
    }

    /** Sets the plan's pin from the form: a click on the map (pin.x, pin.y) or the middle of the plan's wijk. */
    Optional<String> zet(Formulier f, String planId, String wijk) {
        Optional<Wijkkaart> huidig = kaart.current();
        if (huidig.isEmpty()) {
            return Optional.empty();
        }
        Wijkkaart k = huidig.get();
        double[] vb = viewBox(k);
        List<Double> plek = null;
        try {
            if (!f.waarde("pin.x").isEmpty()) {
                double schaal = vb[2] / BREEDTE;
                plek = List.of(
                        vb[0] + Double.parseDouble(f.waarde("pin.x")) * schaal,
                        vb[1] + Double.parseDouble(f.waarde("pin.y")) * schaal);
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (plek == null && f.gekozen("pin-midden", "ja")) {
            plek = k.wijken().stream()
                    .filter(v -> v.code().equals(wijk))
                    .findFirst()
                    .map(v -> List.of(v.labelX(), v.labelY()))
                    .orElse(null);
        }
        if (plek == null) {
            return Optional.empty();
        }
        Map<String, List<Double>> plekken = new HashMap<>(k.plekken());
        plekken.put(planId, plek);
        kaart.save(new Wijkkaart(k.id(), k.viewBox(), k.wijken(), plekken));
        return Optional.of("De plek van het plan staat op de kaart.");
    }

    private String svg(String planId) {
        Wijkkaart k = kaart.current().orElse(new Wijkkaart("leeg", "0 0 400 300", List.of(), Map.of()));
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
                .append(Html.escape(k.viewBox()))
                .append("\"><rect x=\"-10000\" y=\"-10000\" width=\"20000\" height=\"20000\" fill=\"#ffffff\"/>");
        for (Wijkkaart.Vorm v : k.wijken()) {
            svg.append("<path d=\"")
                    .append(Html.escape(v.pad()))
                    .append("\" fill=\"#dbe7f5\" stroke=\"#1f4e8c\" stroke-width=\"1\"/>")
                    .append(String.format(
                            Locale.ROOT,
                            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\" "
                                    + "font-family=\"sans-serif\" fill=\"#111\">",
                            v.labelX(),
                            v.labelY()))
                    .append(Html.escape(v.naam()))
                    .append("</text>");
        }
        List<Double> pin = planId == null ? null : k.plekken().get(planId);
        if (pin != null && pin.size() == 2) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"#c00\" stroke=\"#fff\" " + "stroke-width=\"2\"/>",
                    pin.get(0),
                    pin.get(1)));
        }
        return svg.append("</svg>").toString();
    }

    private static double[] viewBox(Wijkkaart k) {
        String[] d = k.viewBox().trim().split("[\\s,]+");
        return new double[] {
            Double.parseDouble(d[0]), Double.parseDouble(d[1]), Double.parseDouble(d[2]), Double.parseDouble(d[3])
        };
    }
}
