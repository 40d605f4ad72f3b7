package nl.buurtstem.opendata.staff;

/** The staff login form; it posts JSON and goes on to the content overview. */
final class LoginPage {

    static final String BODY = """
            <h1>Inloggen voor medewerkers</h1>
            <form id="login">
            <p><label for="gebruikersnaam">Gebruikersnaam</label><br><input id="gebruikersnaam" autocomplete="username" required></p>
            <p><label for="wachtwoord">Wachtwoord</label><br><input id="wachtwoord" type="password" autocomplete="current-password" required></p>
            <p><button type="submit">Inloggen</button></p>
            <p id="melding" role="alert"></p>
            </form>
            <script>
            document.getElementById("login").addEventListener("submit", async (e) => {
              e.preventDefault();
              const res = await fetch("/api/beheer/login", { method: "POST", headers: { "Content-Type": "application/json" },
                body: JSON.stringify({ gebruikersnaam: document.getElementById("gebruikersnaam").value,
                                       wachtwoord: document.getElementById("wachtwoord").value }) });
              if (res.ok) { location.href = "/beheer/inhoud"; return; }
              document.getElementById("melding").textContent = (await res.json()).detail;
            });
            </script>""";

    private LoginPage() {}
}
