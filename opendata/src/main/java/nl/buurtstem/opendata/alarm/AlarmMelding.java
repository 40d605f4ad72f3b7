package nl.buurtstem.opendata.alarm;

import nl.buurtstem.opendata.kiosk.Kiosk;

/** An alert or its recovery, about one kiosk, ready to be sent. */
record AlarmMelding(Alarm alert, Kiosk kiosk, boolean herstel, String dashboardUrl) {

    String onderwerp() {
        return (herstel ? "Hersteld: " : "Alarm: ") + alert.titel() + " — " + kiosk.naam();
    }

    String tekst() {
        return (herstel ? "Opgelost om " + alert.gesloten() + ".\n" : "Sinds " + alert.geopend() + ".\n")
                + "Kiosk: " + kiosk.naam() + " (" + kiosk.id() + ")\n"
                + (kiosk.buurthuis() == null ? "" : "Buurthuis: " + kiosk.buurthuis() + "\n")
                + "Wijk: " + kiosk.wijk() + "\n"
                + "Wat: " + alert.titel() + "\n"
                + "Detail: " + alert.detail() + "\n"
                + "Dashboard: " + dashboardUrl + "\n";
    }
}
