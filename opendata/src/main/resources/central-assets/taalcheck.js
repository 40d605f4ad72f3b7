"use strict";
// The plain-language check while typing, on every field a resident will read (data-taalcheck): a readability score
// and warnings for long sentences, long words and jargon, shown below the field. It only warns; the form is sent as
// it is. The check itself runs on the node (POST api/beheer/taalcheck), so the page and the tests use one rule set.
(() => {
  const script = document.currentScript;
  const adres = script ? script.src.replace(/assets\/taalcheck\.js.*$/, "api/beheer/taalcheck") : "/api/beheer/taalcheck";
  const tokenVeld = document.querySelector('input[name="_csrf"]');
  const token = tokenVeld ? tokenVeld.value : "";

  function toon(uit, uitslag) {
    uit.replaceChildren();
    if (uitslag.score === null || uitslag.score === undefined) return;
    const p = document.createElement("p");
    p.className = "beheer-taal__score";
    p.textContent = `Leesbaarheid: ${uitslag.score} van 100, ${uitslag.niveau}.`;
    uit.append(p);
    if (uitslag.waarschuwingen.length) {
      const ul = document.createElement("ul");
      for (const w of uitslag.waarschuwingen) {
        const li = document.createElement("li");
        li.textContent = w;
        ul.append(li);
      }
      uit.append(ul);
    }
  }

  for (const veld of document.querySelectorAll("[data-taalcheck]")) {
    const uit = document.getElementById(`${veld.id}-taal`);
    if (!uit) continue;
    let wacht;
    const check = async () => {
      try {
        const antwoord = await fetch(adres, {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
          body: JSON.stringify({ tekst: veld.value }),
        });
        if (antwoord.ok) toon(uit, await antwoord.json());
      } catch (e) {
        // The check is a help, not a condition: without it the form works the same.
      }
    };
    veld.addEventListener("input", () => {
      clearTimeout(wacht);
      wacht = setTimeout(check, 400);
    });
    if (veld.value) check();
  }
})();
