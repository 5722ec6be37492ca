// One example of the catalogue: title, badges, summary, facts (kind, place,
// years, actors, challenges linking to the search), the Markdown body,
// lessons, sources and when it was updated, in the UI language with a
// Swedish fallback marked lang="sv".
import { api, NetworkError, ProblemError } from "../api.js";
import { getLanguage, onLanguageChange, t } from "../i18n.js";
import { el } from "../layout.js";
import { externalLink, renderMarkdown, safeHref } from "../markdown.js";
import { problemNodes } from "../page-messages.js";
import { lastSearchHref } from "./address.js";
import { dateElement, langAttributes, localized, localizedList } from "./common.js";

const $ = (id) => document.getElementById(id);
const detailElements = () => ({
  detail: $("example-detail"),
  back: $("example-back"),
  title: $("example-title"),
  badges: $("example-badges"),
  summary: $("example-summary"),
  editActions: $("example-edit-actions"),
  edit: $("example-edit"),
  facts: $("example-facts"),
  body: $("example-body"),
  lessonsSection: $("example-lessons-section"),
  lessons: $("example-lessons"),
  sourcesSection: $("example-sources-section"),
  sources: $("example-sources"),
  updated: $("example-updated"),
});

/** Load the example and show it; a problem goes to the alert with a way back to the search. */
export async function showDetail({ canEdit, codebook, kinds, places, alertRegion, pageStatus }, slug) {
  const ui = detailElements();
  ui.back.href = lastSearchHref();
  pageStatus.show("examples.detail.loading");
  let example;
  try {
    ({ example } = await api.example(slug));
  } catch (error) {
    pageStatus.clear();
    const problem = error instanceof ProblemError ? error : null;
    if (!problem && !(error instanceof NetworkError)) console.error(error);
    const leadKey = !problem
      ? "examples.problem.network"
      : ({ 401: "examples.problem.401", 403: "examples.problem.403", 404: "examples.problem.404" }[problem.status] ?? "examples.problem.generic");
    alertRegion.show(() => [
      ...problemNodes(leadKey, problem),
      el("p", {}, el("a", { href: lastSearchHref(), className: "button button-secondary" }, t("examples.back"))),
    ]);
    return;
  }
  pageStatus.clear();

  const render = () => renderDetail(ui, example, { canEdit, codebook, kinds, places });
  render();
  ui.detail.hidden = false;
  onLanguageChange(render);
}

function renderDetail(ui, example, { canEdit, codebook, kinds, places }) {
  const title = localized(example.title);
  document.title = `${title.text} – ${t("examples.pageTitle")} – Knowledge`;
  ui.title.replaceChildren(el("span", langAttributes(title.lang), title.text));
  ui.badges.replaceChildren(
    el("span", { className: "badge badge-kind" }, kinds.label(example.kind)),
    example.status === "draft" ? [" ", el("span", { className: "badge badge-draft" }, t("examples.status.draft"))] : "",
  );
  const summary = localized(example.summary);
  ui.summary.replaceChildren(el("span", langAttributes(summary.lang), summary.text));

  ui.editActions.hidden = !canEdit;
  ui.edit.href = `/examples.html?edit=${encodeURIComponent(example.slug)}`;

  ui.facts.replaceChildren(...factRows(example, { codebook, kinds, places }).flatMap(([term, value]) => [el("dt", {}, term), el("dd", {}, value)]));

  const body = localized(example.body);
  ui.body.replaceChildren(...renderMarkdown(body.text, { headingLevel: 4 }));
  setLang(ui.body, body.lang);

  const lessons = localizedList(example.lessons);
  ui.lessons.replaceChildren(...lessons.items.map((lesson) => el("li", {}, lesson)));
  setLang(ui.lessons, lessons.lang);
  ui.lessonsSection.hidden = lessons.items.length === 0;

  const sources = (Array.isArray(example.sources) ? example.sources : []).filter((s) => typeof s?.title === "string");
  ui.sources.replaceChildren(
    ...sources.map((source) => {
      const href = safeHref(source.url);
      return el("li", {}, href ? externalLink(href, source.title) : source.title);
    }),
  );
  ui.sourcesSection.hidden = sources.length === 0;

  const updated = dateElement(example.updatedAt);
  ui.updated.replaceChildren(
    ...(example.updatedAt
      ? [
          t("examples.detail.updated"),
          " ",
          updated,
          // Who saved it is for the editors only.
          canEdit && example.updatedBy ? ` ${t("examples.detail.updatedBy", { by: example.updatedBy })}` : "",
        ]
      : []),
  );
}

/** [term, value] rows of the facts list. */
function factRows(example, { codebook, kinds, places }) {
  const place = example.place ?? {};
  const placeName = localized(place.name);
  const rows = [];
  rows.push([t("examples.detail.kind"), kinds.label(example.kind)]);
  rows.push([t("examples.detail.place"), el("span", langAttributes(placeName.lang), placeName.text)]);
  const counties = Array.isArray(place.counties) ? place.counties : [];
  if (counties.length > 0) rows.push([t("examples.detail.counties"), counties.map((c) => places.county(c)).join(", ")]);
  if (place.country) rows.push([t("examples.detail.country"), places.country(place.country)]);
  const years = Array.isArray(example.years) ? example.years : [];
  if (years.length > 0) rows.push([t("examples.detail.years"), years.join(", ")]);
  const actors = Array.isArray(example.actors) ? example.actors : [];
  if (actors.length > 0) rows.push([t("examples.detail.actors"), actors.join(", ")]);
  const challenges = Array.isArray(example.challenges) ? example.challenges : [];
  rows.push([
    t("examples.detail.challenges"),
    challenges.length > 0
      ? el(
          "ul",
          { className: "tag-list tag-list-inline" },
          challenges.map((tag) =>
            el("li", { className: "tag", dataset: { tag } }, el("a", { href: `/examples.html?challenge=${encodeURIComponent(tag)}` }, codebook.label(tag))),
          ),
        )
      : t("examples.detail.noChallenges"),
  ]);
  return rows;
}

/** lang on an element whose text may be the Swedish fallback; none when it is in the page's language. */
function setLang(element, lang) {
  if (lang !== getLanguage()) element.setAttribute("lang", lang);
  else element.removeAttribute("lang");
}
