// An office's start of the needs page: its own municipalities' needs only
// (GET /api/needs/municipalities/{code} admits an office for its own), never
// the county's heat map. The county picker becomes the municipality picker.
import { api } from "../api.js";
import { getPrincipal, hasAnyRole, hasRole, municipalityScopes, ROLES } from "../auth.js";
import { t } from "../i18n.js";
import { initPage } from "../layout.js";
import { Codebook, loadCompanyChoices } from "../notes-common.js";
import { authGate, homeActions, textRegion } from "../page-messages.js";

/** Whether the signed-in user sees the needs as an office: the office role without region or admin. */
export async function signedInAsOffice() {
  const principal = await getPrincipal().catch(() => null);
  return hasRole(principal, ROLES.office) && !hasAnyRole(principal, [ROLES.region, ROLES.admin]);
}

/**
 * Render the chrome, check the office's municipalities and load the codebook, the size class/sector names and the
 * municipalities' names. Answers what openCountyPage answers, with the municipalities as the places to choose
 * (`counties`), or null after showing the gate.
 * @param {{returnTo: string}} options
 */
export async function openOfficeNeeds({ returnTo }) {
  const pageStatus = textRegion(document.getElementById("page-status"));
  const { principal } = await initPage({ returnTo: returnTo + location.search });
  const scopes = municipalityScopes(principal);
  if (scopes.length === 0) {
    authGate().show("needs.office.gate.scope.title", "needs.office.gate.scope.text", homeActions);
    return null;
  }

  pageStatus.show("needs.loading.page");
  const [codebook, choices, municipalities] = await Promise.all([
    Codebook.load(),
    loadCompanyChoices(),
    api.municipalities().catch((error) => {
      console.warn("The municipalities could not be listed", error);
      return [];
    }),
  ]);
  pageStatus.clear();

  const names = new Map((Array.isArray(municipalities) ? municipalities : []).map((m) => [m.code, m.name]));
  const places = scopes.map((code) => ({ code, name: names.get(code) ?? t("municipality.unknown", { code }) }));
  return { isAdmin: false, office: true, codebook, counties: places, known: new Map(), extra: choices };
}

/** The county picker as the office's municipality picker (its label follows the language through data-i18n). */
export function pickMunicipalityInstead(countySelect) {
  const label = document.querySelector(`label[for="${countySelect.id}"]`);
  if (label) {
    label.dataset.i18n = "needs.municipalityPicker";
    label.textContent = t("needs.municipalityPicker");
  }
}
