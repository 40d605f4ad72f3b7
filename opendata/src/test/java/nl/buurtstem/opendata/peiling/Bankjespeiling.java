package nl.buurtstem.opendata.peiling;

import nl.buurtstem.opendata.Beheer;

/** The poll the stories about a poll's figures put to residents: what they want by the water. */
final class Bankjespeiling {

    static final String ID = "bankjes";

    private Bankjespeiling() {}

    /** Publishes it as staff do, asked in {@code wijk} (null: in every wijk), with the options 1 to 3. */
    static void publiceer(Beheer beheer, String wijk) throws Exception {
        beheer.publiceerPeiling(ID, wijk, "Wat wilt u bij het water?", "Bankjes", "Bomen", "Niets");
    }
}
