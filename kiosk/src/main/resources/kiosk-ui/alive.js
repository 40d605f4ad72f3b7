"use strict";
// Tells the kiosk app this page is alive (its watchdog restarts the browser when these pings stop),
// and carries out what staff asked from the fleet dashboard: reload the page, or show a message for a while.
(() => {
  const zoek = new URLSearchParams(location.search);
  if (zoek.has("schermafbeelding") || zoek.has("voorbeeld")) {
    return; // a screenshot rendering by the kiosk app itself, or the staff's preview, is not the kiosk's screen
  }
  const ELKE_MS = 10000;
  let bord = null;

  function toonBericht(bericht) {
    if (!bericht) {
      if (bord) {
        bord.remove();
        bord = null;
      }
      return;
    }
    if (!bord) {
      bord = document.createElement("div");
      bord.id = "beheerbericht";
      bord.setAttribute("role", "alert");
      bord.style.cssText = "position:fixed;inset:auto 0 0 0;z-index:1000;padding:1.5rem 2rem;font-size:2rem;" +
        "line-height:1.4;background:#1d3557;color:#fff;border-top:6px solid #ffb703;text-align:center";
      document.body.append(bord);
    }
    if (bord.textContent !== bericht.tekst) {
      bord.textContent = bericht.tekst;
    }
  }

  async function ping() {
    try {
      const antwoord = await fetch("fleet/levend", { method: "POST" });
      if (!antwoord.ok) {
        return;
      }
      const opdracht = await antwoord.json();
      if (opdracht.herladen) {
        location.reload();
        return;
      }
      toonBericht(opdracht.bericht);
    } catch (e) {
      // The kiosk app is restarting; the next ping tries again.
    }
  }

  ping();
  setInterval(ping, ELKE_MS);
})();
