package nl.buurtstem.opendata.vertaling;

import java.util.Map;

/**
 * The translations an item's open data carries beside its Dutch: per language, the fields translated from today's
 * Dutch text ({@link VertalingStore#actueel}).
 */
@FunctionalInterface
public interface ActueleVertalingen {

    ActueleVertalingen GEEN = (item, nederlands) -> Map.of();

    /**
     * @param item       as the kiosk names it, e.g. "plan/herinrichting-vechtstraat"
     * @param nederlands field → today's Dutch text
     * @return language → field → translated text
     */
    Map<String, Map<String, String>> van(String item, Map<String, String> nederlands);
}
