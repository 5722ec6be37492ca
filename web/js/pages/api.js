// API description page: renders /api/openapi.json as operations grouped by
// tag, each with its roles, parameters, request body and responses. Headings
// are Swedish with the English beside them, each part marked with its lang (the
// page's own follows the language switch), so the page reads the same in both
// languages without dictionary entries.
import { el, initPage } from "../layout.js";

await initPage({ returnTo: "/api.html" });

const statusLine = document.getElementById("api-status");
const alertBox = document.getElementById("api-alert");

/** "Roller" with "(Roles)" beside it. */
function bilingual(sv, en) {
  return [el("span", { lang: "sv" }, sv), " ", el("span", { lang: "en" }, `(${en})`)];
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** Follows a local $ref ("#/components/..."). */
function resolve(doc, node) {
  let current = node;
  while (current && typeof current.$ref === "string" && current.$ref.startsWith("#/")) {
    current = current.$ref.slice(2).split("/").reduce((n, part) => (n ? n[part] : undefined), doc);
  }
  return current ?? {};
}

/** A short, readable name for a schema: its component name, "array of X" or its type. */
function describeSchema(doc, schema) {
  if (!schema) return "–";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.type === "array") return `array of ${describeSchema(doc, schema.items)}`;
  if (schema.enum) return schema.enum.join(" | ");
  return schema.format ? `${schema.type} (${schema.format})` : schema.type ?? "object";
}

function roleText(roles) {
  return roles.includes("anonymous") ? bilingual("anonym", "anonymous") : roles.join(", ");
}

/**
 * A table that scrolls sideways on a narrow screen: a region that takes focus, so keys scroll it, named by its
 * operation and its caption (regions need names of their own).
 */
function scrollRegion(operationId, captionId, table) {
  return el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-labelledby": `${operationId}-title ${captionId}` }, table);
}

function parametersTable(doc, operationId, parameters) {
  const id = `${operationId}-parameters`;
  const rows = parameters.map((p) => resolve(doc, p)).map((p) =>
    el("tr", {},
      el("th", { scope: "row" }, el("code", {}, p.name)),
      el("td", {}, p.in),
      el("td", {}, p.required ? bilingual("ja", "yes") : bilingual("nej", "no")),
      el("td", {}, describeSchema(doc, p.schema)),
      el("td", {}, p.description ?? "")));
  return scrollRegion(operationId, `${id}-caption`,
    el("table", { className: "data-table", id },
      el("caption", { id: `${id}-caption` }, bilingual("Parametrar", "Parameters")),
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, bilingual("Namn", "Name")),
        el("th", { scope: "col" }, bilingual("Plats", "In")),
        el("th", { scope: "col" }, bilingual("Krävs", "Required")),
        el("th", { scope: "col" }, bilingual("Typ", "Type")),
        el("th", { scope: "col" }, bilingual("Beskrivning", "Description")))),
      el("tbody", {}, rows)));
}

function responsesTable(doc, operationId, responses) {
  const id = `${operationId}-responses`;
  const rows = Object.entries(responses).map(([status, node]) => {
    const response = resolve(doc, node);
    const media = Object.entries(response.content ?? {}).map(([type, content]) => `${type}: ${describeSchema(doc, content.schema)}`);
    return el("tr", {},
      el("th", { scope: "row" }, status),
      el("td", {}, response.description ?? ""),
      el("td", {}, media.length ? media.join("; ") : "–"));
  });
  return scrollRegion(operationId, `${id}-caption`,
    el("table", { className: "data-table", id },
      el("caption", { id: `${id}-caption` }, bilingual("Svar", "Responses")),
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, "Status"),
        el("th", { scope: "col" }, bilingual("Betydelse", "Meaning")),
        el("th", { scope: "col" }, bilingual("Innehåll", "Body")))),
      el("tbody", {}, rows)));
}

function operationSection(doc, path, method, operation) {
  const id = `op-${slug(operation.operationId ?? `${method}-${path}`)}`;
  const facts = el("dl", {},
    el("dt", {}, bilingual("Roller", "Roles")),
    el("dd", {}, roleText(operation["x-roles"] ?? [])),
    el("dt", {}, bilingual("Beskrivning", "Description")),
    el("dd", {}, operation.description ?? ""));
  if (operation.requestBody) {
    const content = Object.entries(operation.requestBody.content ?? {})
      .map(([type, c]) => `${type}: ${describeSchema(doc, c.schema)}`).join("; ");
    facts.append(el("dt", {}, bilingual("Begäran", "Request body")), el("dd", {}, content));
  }
  return el("section", { className: "card", id, "aria-labelledby": `${id}-title` },
    el("h3", { id: `${id}-title` }, el("code", {}, `${method.toUpperCase()} ${path}`)),
    el("p", { lang: "en" }, operation.summary ?? ""),
    facts,
    operation.parameters?.length ? parametersTable(doc, id, operation.parameters) : null,
    responsesTable(doc, id, operation.responses ?? {}));
}

function render(doc) {
  const groups = new Map((doc.tags ?? []).map((t) => [t.name, []]));
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      const tag = operation.tags?.[0] ?? "Other";
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag).push(operationSection(doc, path, method, operation));
    }
  }

  const toc = document.getElementById("api-toc-list");
  const container = document.getElementById("api-operations");
  for (const [tag, sections] of groups) {
    if (sections.length === 0) continue;
    const id = `tag-${slug(tag)}`;
    toc.append(el("li", {}, el("a", { href: `#${id}` }, `${tag} (${sections.length})`)));
    container.append(el("section", { id, "aria-labelledby": `${id}-title` }, el("h2", { id: `${id}-title`, lang: "en" }, tag), sections));
  }
  document.getElementById("api-toc").hidden = false;
  const count = [...groups.values()].reduce((n, s) => n + s.length, 0);
  statusLine.replaceChildren(...bilingual(`${count} slutpunkter`, `${count} endpoints`), ` – ${doc.info?.title ?? ""} ${doc.info?.version ?? ""}`);
}

try {
  const response = await fetch("/api/openapi.json", { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  render(await response.json());
} catch (error) {
  statusLine.textContent = "";
  alertBox.replaceChildren(el("p", {}, ...bilingual("Beskrivningen kunde inte läsas.", `The description could not be loaded: ${error.message}`)));
}
