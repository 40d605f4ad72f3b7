// The host's hardware check: polls the kiosk for the parts' state and what they did since the last poll,
// so even a quick press lights its box.
(function () {
  'use strict';
  var laatste = 0;
  var bezig = null;
  // Wrong PINs count per page load: one person's guesses do not lock out the host who comes next.
  var sessie = (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Math.random()).slice(2);
  var namen = {
    cpuTemperatureCelsius: 'Temperatuur processor (°C)', throttled: 'Vertraagd (hitte of stroom)',
    underVoltage: 'Te weinig stroom nu', underVoltageSinceBoot: 'Te weinig stroom sinds opstarten',
    freeDiskBytes: 'Vrije schijfruimte', uptimeSeconds: 'Aan sinds'
  };

  function $(id) { return document.getElementById(id); }

  function tekst(waarde, sleutel) {
    if (sleutel === 'freeDiskBytes' && typeof waarde === 'number') { return (waarde / 1e9).toFixed(1) + ' GB'; }
    if (sleutel === 'uptimeSeconds' && typeof waarde === 'number') {
      return Math.floor(waarde / 3600) + ' uur ' + Math.floor((waarde % 3600) / 60) + ' min';
    }
    if (waarde === true) { return 'ja'; }
    if (waarde === false) { return 'nee'; }
    if (waarde === 'unknown') { return 'onbekend'; }
    return String(waarde);
  }

  function inloggen(event) {
    event.preventDefault();
    fetch('/host/api/inloggen', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Buurtstem-Sessie': sessie },
      body: JSON.stringify({ pin: $('pin').value })
    }).then(function (r) {
      if (r.status === 204) {
        $('inloggen').hidden = true;
        $('controle').hidden = false;
        volgen();
        return;
      }
      return r.json().then(function (p) { $('melding').textContent = p.detail; });
    });
  }

  function knoppen(stand) {
    var lijst = $('knoppen');
    if (lijst.children.length === 0) {
      stand.antwoordknoppen.forEach(function (_, i) {
        var li = document.createElement('li');
        li.id = 'knop-' + (i + 1);
        li.textContent = 'Knop ' + (i + 1);
        lijst.appendChild(li);
      });
      var hulp = document.createElement('li');
      hulp.id = 'hulpknop';
      hulp.textContent = 'Hulpknop';
      lijst.appendChild(hulp);
    }
    stand.antwoordknoppen.forEach(function (ingedrukt, i) {
      $('knop-' + (i + 1)).classList.toggle('actief', ingedrukt);
    });
    $('hulpknop').classList.toggle('niet-aangesloten', stand.hulpknop === 'niet aangesloten');
    $('hulpknop').classList.toggle('actief', stand.hulpknop === true);
  }

  function lampen(stand) {
    var lijst = $('lampen');
    Object.keys(stand.lampen).forEach(function (kleur) {
      var li = $('lamp-' + kleur);
      if (!li) {
        li = document.createElement('li');
        li.id = 'lamp-' + kleur;
        li.className = 'lamp ' + kleur;
        var knop = document.createElement('button');
        knop.type = 'button';
        knop.textContent = 'Lamp ' + kleur;
        knop.addEventListener('click', function () {
          fetch('/host/api/controle/lampen/' + kleur, { method: 'POST' });
        });
        li.appendChild(knop);
        lijst.appendChild(li);
      }
      li.classList.toggle('aan', stand.lampen[kleur]);
      li.dataset.aan = String(stand.lampen[kleur]);
    });
  }

  function toon(antwoord) {
    var stand = antwoord.onderdelen;
    $('gesimuleerd').hidden = !antwoord.gesimuleerd;
    knoppen(stand);
    lampen(stand);
    var a = $('aanwezigheid');
    a.querySelector('.stand').textContent = stand.aanwezigheid === 'niet aangesloten' ? 'niet aangesloten'
      : (stand.aanwezigheid ? 'ziet iemand' : 'ziet niemand');
    a.classList.toggle('actief', stand.aanwezigheid === true);
    $('scherm').querySelector('.stand').textContent = { on: 'aan', dimmed: 'gedimd', off: 'uit' }[stand.scherm];
    var dl = $('gezondheid');
    dl.textContent = '';
    Object.keys(antwoord.gezondheid).forEach(function (k) {
      var dt = document.createElement('dt');
      dt.textContent = namen[k] || k;
      var dd = document.createElement('dd');
      dd.textContent = tekst(antwoord.gezondheid[k], k);
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    antwoord.gebeurtenissen.forEach(function (g) {
      laatste = Math.max(laatste, g.nr);
      var li = document.createElement('li');
      li.textContent = g.onderdeel + ': ' + g.wat;
      $('gebeurtenissen').prepend(li);
      // A press shorter than the poll still shows: flash its box for a moment.
      var vak = $(g.onderdeel);
      if (vak && g.wat === 'ingedrukt') {
        vak.classList.add('actief');
        vak.dataset.gedrukt = String(Number(vak.dataset.gedrukt || 0) + 1);
        setTimeout(function () { vak.classList.remove('actief'); }, 600);
      }
    });
  }

  function volgen() {
    fetch('/host/api/controle?na=' + laatste).then(function (r) {
      if (r.status === 401) {
        $('controle').hidden = true;
        $('inloggen').hidden = false;
        return null;
      }
      return r.json();
    }).then(function (antwoord) {
      if (antwoord) {
        toon(antwoord);
        bezig = setTimeout(volgen, 300);
      }
    }).catch(function () { bezig = setTimeout(volgen, 2000); });
  }

  $('inloggen').addEventListener('submit', inloggen);
}());
