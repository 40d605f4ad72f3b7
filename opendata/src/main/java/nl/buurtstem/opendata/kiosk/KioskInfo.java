package nl.buurtstem.opendata.kiosk;

import java.util.List;
import java.util.Map;

/** What a kiosk learns about itself from its content: who it is, where it stands, when its buurthuis is open. */
record KioskInfo(String id, String naam, String buurthuis, String wijk, Map<String, List<String>> openingstijden) {}
