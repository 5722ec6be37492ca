// The catalogue of good examples, for every signed-in role.
//
// One page, three views chosen by the address:
//   examples.html?q=&challenge=&kind=&county=&page=  the search (the default; js/examples/search.js)
//   examples.html?slug=facebook-lulea                 one example (js/examples/detail.js)
//   examples.html?new=1 | ?edit=<slug>                the editor (staff, admin; js/examples/editor.js)
//
// This module checks who may see what, loads what every view needs (the
// codebook, the kinds of example, the names of places) and starts the view.
import { hasAnyRole, ROLES } from "../auth.js";
import { ExampleKinds, PlaceNames } from "../examples/common.js";
import { EXAMPLES_PAGE, lastSearchHref } from "../examples/address.js";
import { showDetail } from "../examples/detail.js";
import { startEditor } from "../examples/editor.js";
import { startSearch } from "../examples/search.js";
import { t } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { Codebook } from "../notes-common.js";
import { authGate, nodeRegion, signedInWithRole, textRegion } from "../page-messages.js";

const SIGNED_IN_ROLES = [ROLES.office, ROLES.region, ROLES.staff, ROLES.admin];
const EDITOR_ROLES = [ROLES.staff, ROLES.admin];

const $ = (id) => document.getElementById(id);
const pageStatus = textRegion($("page-status"));
const alertRegion = nodeRegion($("examples-alert"));
const gate = authGate();

const { principal, authError } = await initPage({ returnTo: EXAMPLES_PAGE + location.search });

async function main() {
  const access = { page: "examples", principal, authError, alertRegion, gate, returnTo: EXAMPLES_PAGE + location.search };
  if (!signedInWithRole(access, SIGNED_IN_ROLES)) return;
  const canEdit = hasAnyRole(principal, EDITOR_ROLES);
  const params = new URLSearchParams(location.search);
  const wantsEditor = params.has("new") || params.has("edit");
  if (wantsEditor && !canEdit) {
    gate.show("examples.gate.edit.title", "examples.gate.edit.text", () => [
      el("a", { href: lastSearchHref(), className: "button button-secondary" }, t("examples.back")),
    ]);
    return;
  }

  pageStatus.show("examples.loading");
  // Each of these falls back (ids, codes) rather than failing the page.
  const [codebook, kinds, places] = await Promise.all([Codebook.load(), ExampleKinds.load(), PlaceNames.load()]);
  pageStatus.clear();
  const context = { principal, canEdit, codebook, kinds, places, alertRegion, pageStatus };

  if (wantsEditor) {
    const editorBack = $("example-editor-back");
    editorBack.href = params.get("edit") ? `/examples.html?slug=${encodeURIComponent(params.get("edit"))}` : lastSearchHref();
    if (params.get("edit")) editorBack.dataset.i18n = "examples.backToExample";
    editorBack.textContent = t(editorBack.dataset.i18n);
    await startEditor({ ...context, slug: params.get("edit") || null });
    return;
  }
  const slug = params.get("slug");
  if (slug) {
    await showDetail(context, slug);
    return;
  }
  startSearch(context, params);
}

await main();
