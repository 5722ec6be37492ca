// Landing page: explains the service, shows who is signed in and offers only
// the pages the role can open (the menu's rule, layout.js's navLinksFor): a
// card without such a link stays hidden.
import { api } from "../api.js";
import { appRoles, countyScopes, municipalityScopes, signOutUrl } from "../auth.js";
import { countyName, onLanguageChange, t } from "../i18n.js";
import { el, initPage, navLinksFor } from "../layout.js";
import { signInParagraph } from "../page-messages.js";

const { principal, authError } = await initPage({ returnTo: "/" });

/** code -> municipality or county maps, filled lazily when the user has scope roles. */
const names = { municipalities: new Map(), counties: new Map() };

async function loadNames() {
  const wantsMunicipalities = municipalityScopes(principal).length > 0;
  const wantsCounties = countyScopes(principal).length > 0;
  const [municipalities, counties] = await Promise.all([
    wantsMunicipalities ? api.municipalities().catch(() => []) : [],
    wantsCounties ? api.counties().catch(() => []) : [],
  ]);
  for (const m of municipalities ?? []) names.municipalities.set(m.code, m);
  for (const c of counties ?? []) names.counties.set(c.code, c);
}

/** "Luleå (2580)" for each code, named by nameOf when the map has it. */
function describeList(codes, map, nameOf) {
  return codes.map((code) => (map.has(code) ? `${nameOf(map.get(code))} (${code})` : code)).join(", ");
}

/** Show each card's links the principal can open, and the cards that keep one. */
function showOpenableLinks() {
  const openable = new Set(navLinksFor(principal).map((link) => link.href));
  for (const card of document.querySelectorAll(".card[data-links]")) {
    const links = [...card.querySelectorAll("a[href^='/']")];
    for (const link of links) link.hidden = !openable.has(link.getAttribute("href"));
    card.hidden = links.every((link) => link.hidden);
  }
}

function renderAccount() {
  const container = document.getElementById("account-info");

  if (!principal) {
    container.replaceChildren(
      el("p", {}, authError ? t("auth.unavailable") : t("auth.notSignedIn")),
      signInParagraph("/survey.html"),
    );
    return;
  }

  const rows = [[t("auth.signedInAs"), principal.userDetails || principal.userId]];
  const roles = appRoles(principal);
  if (roles.length > 0) rows.push([t("auth.roles"), roles.map((role) => t(`role.${role}`)).join(", ")]);
  const municipalities = municipalityScopes(principal);
  if (municipalities.length > 0) rows.push([t("auth.municipalities"), describeList(municipalities, names.municipalities, (m) => m.name)]);
  const counties = countyScopes(principal);
  if (counties.length > 0) rows.push([t("auth.counties"), describeList(counties, names.counties, countyName)]);

  container.replaceChildren(
    el("dl", { className: "facts" }, rows.map(([term, value]) => [el("dt", {}, term), el("dd", {}, value)])),
    el("p", {}, el("a", { href: signOutUrl("/"), className: "button button-secondary" }, t("auth.signOut"))),
  );
}

showOpenableLinks();
renderAccount();
onLanguageChange(renderAccount);
if (principal) {
  await loadNames();
  renderAccount();
}
