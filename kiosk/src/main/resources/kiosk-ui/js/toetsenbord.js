// A large on-screen keyboard: a kiosk has no physical keyboard. Ten keys per row so every key stays at least
// 72 CSS px wide on an 800 px screen. Layouts follow the chosen language; "123" and "áé" pages hold the rest.
import { el } from "./dom.js";

const WIS = "⌫", SPATIE = " ", CIJFERS = "123", LETTERS = "abc", EXTRA = "áé";

const LETTERBORDEN = {
  latijn: ["qwertyuiop", "asdfghjkl" + WIS, "zxcvbnm,.?"],
  ar: ["ضصثقفغعهخح", "شسيبلاتنمك", "جدذرزوطظةى"],
  uk: ["йцукенгшщз", "хїфівапрол", "джєячсмить"],
};
const ONDERSTE = {
  latijn: [CIJFERS, EXTRA, SPATIE, "-", "'", "!", WIS],
  ar: [CIJFERS, "ء", "أ", "إ", "ئ", "ؤ", SPATIE, WIS],
  uk: [CIJFERS, "б", "ю", "ґ", SPATIE, ",", "."],
};
const EXTRAS = {
  nl: "éëèïóöüàç€", en: "éèàç'\"£€&", tr: "çğıöşüÇĞİÖ", pl: "ąćęłńóśźżĄ",
};
const CIJFERBORD = ["1234567890", "@.-_+()/:" + WIS, "!?,'\"&%€#*"];

function rijen(taal, pagina) {
  const soort = taal === "ar" || taal === "uk" ? taal : "latijn";
  if (pagina === CIJFERS) return [...CIJFERBORD.map((r) => [...r]), [LETTERS, SPATIE, ",", "."]];
  if (pagina === EXTRA) return [[...(EXTRAS[taal] || EXTRAS.nl)], [LETTERS, SPATIE, WIS]];
  const boven = LETTERBORDEN[soort].map((r) => [...r]);
  const onder = [...ONDERSTE[soort]];
  if (soort === "uk") boven.push(onder.concat([WIS]).slice(0, 9));
  else boven.push(onder);
  return boven;
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
    bord.replaceChildren(...rijen(taal, pagina).flat().map((toets) => {
      const extra = [WIS, CIJFERS, LETTERS, EXTRA].includes(toets);
      const naam = toets === WIS ? opties.wisLabel || "Wis" : toets === SPATIE ? opties.spatieLabel || "Spatie" : undefined;
      return el("button", {
        type: "button", class: `toets${toets === SPATIE ? " breed" : ""}${extra ? " extra" : ""}`,
        "data-toets": toets, "aria-label": naam, onclick: () => druk(toets),
      }, toets === SPATIE ? "␣" : toets);
    }));
  };
  const druk = (toets) => {
    if (toets === CIJFERS || toets === LETTERS || toets === EXTRA) {
      pagina = toets === LETTERS ? "letters" : toets;
      teken();
      return;
    }
    let tekst = veld.value;
    if (toets === WIS) tekst = tekst.slice(0, -1);
    else {
      const begin = opties.geenHoofdletter !== true && (tekst.length === 0 || /[.!?]\s$/.test(tekst));
      tekst += begin ? toets.toLocaleUpperCase(taal) : toets;
    }
    if (tekst.length <= (opties.max || 1000)) veld.value = tekst;
    veld.dispatchEvent(new Event("input"));
  };
  teken();
  return bord;
}
