"use strict";
// The staff login form: posts JSON (the staff API takes nothing else) and goes on to the content overview.
document.getElementById("login").addEventListener("submit", async (e) => {
  e.preventDefault();
  const res = await fetch("/api/beheer/login", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ gebruikersnaam: document.getElementById("gebruikersnaam").value,
                           wachtwoord: document.getElementById("wachtwoord").value }) });
  if (res.ok) { location.href = "/beheer/inhoud"; return; }
  document.getElementById("melding").textContent = (await res.json()).detail;
});
