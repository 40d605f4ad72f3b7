package nl.buurtstem.opendata.idee;

import java.util.List;
import nl.buurtstem.opendata.staff.Audit;
import nl.buurtstem.opendata.staff.Formulier;
import nl.buurtstem.opendata.staff.Optie;

/**
 * One idea for the ideeënmakelaar: what the resident wrote, where and about what, and the form to deal with it.
 *
 * @param contact     the contact details, only on the page shown right after someone chose to open them (audited)
 * @param openbaarLink its page in the open data, once published
 */
public record IdeeScherm(
        Idee idee,
        String wijk,
        String thema,
        String ontvangen,
        String contextTekst,
        String contextLink,
        Formulier f,
        List<Optie> statussen,
        List<Optie> behandelaars,
        List<Optie> doelKeuzes,
        List<Optie> dubbelKeuzes,
        boolean magContactZien,
        String contact,
        boolean magPubliceren,
        String openbaarLink,
        List<Audit.Regel> geschiedenis) {

    public String actie() {
        return "/beheer/ideeen/" + idee.ref();
    }
}
