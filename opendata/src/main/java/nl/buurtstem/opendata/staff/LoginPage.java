package nl.buurtstem.opendata.staff;

/** The staff login form; its script (assets/beheer-login.js) posts JSON and goes on to the content overview. */
final class LoginPage {

    static final String BODY = """
            <h1>Inloggen voor medewerkers</h1>
            <form id="login">
            <p><label for="gebruikersnaam">Gebruikersnaam</label><br><input id="gebruikersnaam" autocomplete="username" required></p>
            <p><label for="wachtwoord">Wachtwoord</label><br><input id="wachtwoord" type="password" autocomplete="current-password" required></p>
            <p><button type="submit">Inloggen</button></p>
            <p id="melding" role="alert"></p>
            </form>
            <script src="/assets/beheer-login.js" defer></script>""";

    private LoginPage() {}
}
