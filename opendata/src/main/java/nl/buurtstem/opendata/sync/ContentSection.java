package nl.buurtstem.opendata.sync;

import java.util.function.Function;
import nl.buurtstem.opendata.kiosk.Kiosk;

/**
 * One more part of what a kiosk downloads, contributed by a feature (e.g. "wijkbudgetten" by wijkbudget),
 * so the content feed does not need to know every feature.
 *
 * @param name    the field in the content document
 * @param content what this kiosk gets in that field; serialised as JSON. An empty {@link java.util.Optional} leaves
 *                the field out.
 */
public record ContentSection(String name, Function<Kiosk, Object> content) {}
