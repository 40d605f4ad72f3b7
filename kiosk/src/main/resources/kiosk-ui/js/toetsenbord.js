// A large on-screen keyboard: a kiosk has no physical keyboard. Ten keys per row so every key stays at least
// 72 CSS px wide on an 800 px screen. Layouts follow the chosen language; "123" and "áé" pages hold the rest.
import { el } from "./dom.js";

const WIS = "⌫", SPATIE = " ", CIJFERS = "123", LETTERS = "abc", EXTRA = "áé", LATIJN = "a-z";

const LETTERBORDEN = {
  latijn: ["qwertyuiop", "asdfghjkl" + WIS, "zxcvbnm,.?"],
  // Turkish Q, ten to a row: ı, ş, ö, ç, i, ğ and ü on the letters' own page ("ağaç" is four taps, not seven).
  tr: ["qwertyuıop", "asdfghjklş", "zxcvbnmöçi"],
  ar: ["ضصثقفغعهخح", "شسيبلاتنمك", "جدذرزوطظةى"],
  // ЙЦУКЕН as on a Ukrainian keyboard, ten to a row: ф under й, я under ф; х, ї and the apostrophe (сім'я) below.
  uk: ["йцукенгшщз", "фівапролдж", "ячсмитьбює"],
};
// Arabic and Ukrainian have a page of Latin letters (a-z): an e-mail address is typed in them.
const ONDERSTE = {
  latijn: [CIJFERS, EXTRA, SPATIE, "-", "'", "!", WIS],
  tr: [CIJFERS, EXTRA, "ğ", "ü", SPATIE, ",", ".", WIS],
  ar: [CIJFERS, EXTRA, LATIJN, "ء", "أ", "إ", SPATIE, WIS],
  uk: [CIJFERS, EXTRA, LATIJN, "х", "ї", "'", SPATIE, WIS],
};
const EXTRAS = {
  nl: "éëèïóöüàç€", en: "éèàç'\"£€&", tr: "âîû?!'-€()", pl: "ąćęłńóśźżĄ", ar: ["ئ", "ؤ", "آ", "لا", "؟", "،", "ى", "ة", "!", "."],
  uk: "ґʼ,.!?-ієї",
};
// Back from the Latin page to the resident's own letters, named in them.
const EIGEN = { ar: "أبت", uk: "абв" };
const CIJFERBORD = ["1234567890", "@.-_+()/:" + WIS, "!?,'\"&%€#*"];

// Stemcodes are printed in capitals and digits 2-9 (PREFIX-XXXX-XXXX-XXXX): one page with all of them, no switching;
// the dashes come by themselves. The letters I and O are never in a code (they read as 1 and 0), so they have no key.
const STEMCODEBORD = ["23456789" + WIS, "qwertyup", "asdfghjkl", "zxcvbnm"];

function rijen(taal, pagina) {
  if (pagina === "stemcode") return STEMCODEBORD.map((r) => [...r]);
  const soort = LETTERBORDEN[taal] ? taal : "latijn";
  if (pagina === CIJFERS) {
    return [...CIJFERBORD.map((r) => [...r]), EIGEN[taal] ? [LETTERS, LATIJN, SPATIE, ",", "."] : [LETTERS, SPATIE, ",", "."]];
  }
  if (pagina === EXTRA) return [[...(EXTRAS[taal] || EXTRAS.nl)], [LETTERS, SPATIE, WIS]];
  if (pagina === LATIJN) return [...LETTERBORDEN.latijn.map((r) => [...r]), [CIJFERS, LETTERS, SPATIE, "@", "-", ".", "_"]];
  return [...LETTERBORDEN[soort].map((r) => [...r]), [...ONDERSTE[soort]]];
}

/**
 * @param veld   the textarea the keys type into
 * @param taal   the chosen language code
 * @param opties { alleen: "contact" } for a keyboard that starts on digits
 */
export function toetsenbord(veld, taal, opties = {}) {
  const bord = el("div", { class: "toetsenbord", role: "group", "aria-label": opties.label || "Toetsenbord" });
  let pagina = opties.begin || "letters";
  const teken = () => {
    bord.replaceChildren(...rijen(taal, pagina).flatMap((rij) => rij.map((toets, plek) => {
      const extra = [WIS, CIJFERS, LETTERS, EXTRA, LATIJN].includes(toets);
      const naam = toets === WIS ? opties.wisLabel || "Wis" : toets === SPATIE ? opties.spatieLabel || "Spatie"
        : toets === LATIJN ? opties.latijnLabel || "a-z" : undefined;
      const opschrift = toets === SPATIE ? "␣" : toets === LETTERS && EIGEN[taal] ? EIGEN[taal] : toets;
      return el("button", {
        type: "button", class: `toets${toets === SPATIE ? " breed" : ""}${extra ? " extra" : ""}${plek === 0 ? " rij-begin" : ""}`,
        "data-toets": toets, "aria-label": naam, onclick: () => druk(toets),
      }, pagina === "stemcode" ? opschrift.toUpperCase() : opschrift);
    })));
    // Latin letters keep their left-to-right order on a right-to-left screen.
    if (pagina === LATIJN || pagina === "stemcode") bord.dir = "ltr";
    else bord.removeAttribute("dir");
    bord.classList.toggle("stemcodebord", pagina === "stemcode");
  };
  const druk = (toets) => {
    if (toets === CIJFERS || toets === LETTERS || toets === EXTRA || toets === LATIJN) {
      pagina = toets === LETTERS ? "letters" : toets;
      teken();
      return;
    }
    let tekst = veld.value;
    if (toets === WIS) tekst = tekst.slice(0, -1);
    else {
      const begin = opties.geenHoofdletter !== true && (tekst.length === 0 || /[.!?]\s$/.test(tekst));
      tekst += begin || pagina === "stemcode" ? toets.toLocaleUpperCase(taal) : toets;
    }
    if (tekst.length <= (opties.max || 1000)) veld.value = tekst;
    // An accented letter is one tap away and then the letters are back, as on a phone.
    if (pagina === EXTRA && toets !== WIS) {
      pagina = "letters";
      teken();
    }
    veld.dispatchEvent(new Event("input"));
  };
  teken();
  return bord;
}
