package nl.buurtstem.opendata.alarm;

import java.io.IOException;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;
import nl.buurtstem.opendata.hartslag.FleetSettings;
import nl.buurtstem.opendata.mail.Bericht;
import nl.buurtstem.opendata.mail.Mailer;

/** Mails alerts to the addresses in fleet.json's smtp.to, through the relay the node's other mail uses. */
final class MailNotifier implements AlarmNotifier {

    private final FleetSettings.Smtp smtp;
    private final Mailer mailer;

    MailNotifier(FleetSettings.Smtp smtp) {
        this(smtp, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** @param tls whose trust decides which certificates are valid (the JDK's trusted authorities by default) */
    MailNotifier(FleetSettings.Smtp smtp, SSLSocketFactory tls) {
        this.smtp = smtp;
        this.mailer = new Mailer(smtp, tls);
    }

    @Override
    public String kanaal() {
        return "mail";
    }

    @Override
    public String send(AlarmMelding m) throws IOException {
        mailer.send(new Bericht("Buurtstem kiosks", smtp.to(), m.onderwerp(), m.tekst(), Map.of(), null));
        return "mail to " + smtp.to().size() + " recipient(s)";
    }
}
