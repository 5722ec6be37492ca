// One fetch wrapper for the same-origin backend.
//
// Success resolves with the parsed JSON body (or null when there is none).
// Failure rejects with one of two typed errors:
//   - NetworkError: the request never got an HTTP answer (offline, DNS,
//     connection reset, timeout). Safe to retry an idempotent request.
//   - ProblemError: the server answered with a non-2xx status. If the body is
//     RFC 7807 application/problem+json its fields are exposed; otherwise a
//     problem is synthesised from the status line.

export class NetworkError extends Error {
  constructor(message, { cause } = {}) {
    super(message, { cause });
    this.name = "NetworkError";
  }
}

export class ProblemError extends Error {
  /**
   * @param {object} problem
   * @param {number} problem.status HTTP status
   * @param {string} [problem.title]
   * @param {string} [problem.detail]
   * @param {string} [problem.type]
   * @param {Record<string, string[]>} [problem.errors] field errors (keys "data.<question>" or top-level field names)
   */
  constructor({ status, title, detail, type, errors, instance, body, retryAfterMs } = {}) {
    super(title || `HTTP ${status}`);
    this.name = "ProblemError";
    this.status = status;
    this.title = title || "";
    this.detail = detail || "";
    this.type = type || "about:blank";
    this.instance = instance;
    this.errors = normaliseErrors(errors);
    this.body = body;
    /** The server's Retry-After (503 while storage is unavailable), in milliseconds, if it sent one. */
    this.retryAfterMs = retryAfterMs;
  }

  /** True for statuses where retrying the same request later may succeed. */
  get isTransient() {
    return this.status === 502 || this.status === 503 || this.status === 504;
  }
}

function normaliseErrors(errors) {
  const result = {};
  if (!errors || typeof errors !== "object") return result;
  for (const [key, value] of Object.entries(errors)) {
    const messages = (Array.isArray(value) ? value : [value]).filter((m) => m != null).map(String);
    if (messages.length > 0) result[key] = messages;
  }
  return result;
}

const DEFAULT_TIMEOUT_MS = 30_000;

function isJsonContentType(contentType) {
  return /^application\/([\w.+-]+\+)?json\b/i.test(contentType || "");
}

async function readBody(response) {
  const contentType = response.headers.get("content-type") || "";
  const text = await response.text();
  if (text === "") return { json: null, text };
  if (isJsonContentType(contentType)) {
    try {
      return { json: JSON.parse(text), text };
    } catch {
      return { json: null, text };
    }
  }
  return { json: null, text };
}

/**
 * Fetch JSON from the API.
 * @param {string} path e.g. "/api/counties"
 * @param {object} [options]
 * @param {string} [options.method] default GET (POST when options.json is given)
 * @param {unknown} [options.json] body to send as JSON
 * @param {Blob} [options.body] a body to send as it is (set its Content-Type in headers)
 * @param {number} [options.timeoutMs]
 * @param {AbortSignal} [options.signal]
 * @returns {Promise<{status: number, body: any, headers: Headers}>}
 */
export async function request(path, { method, json, body: rawBody, timeoutMs = DEFAULT_TIMEOUT_MS, signal, headers = {} } = {}) {
  const init = {
    method: method || (json === undefined ? "GET" : "POST"),
    headers: { Accept: "application/json, application/problem+json", ...headers },
    credentials: "same-origin",
    cache: "no-store",
    // Azure Static Web Apps may answer an unauthenticated /api call with a
    // 302 to the identity provider (responseOverrides 401); following it
    // cross-origin would look like a network failure. Stop at the redirect
    // and report it as "not signed in" instead.
    redirect: "manual",
  };
  if (json !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(json);
  } else if (rawBody !== undefined) {
    init.body = rawBody;
  }

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException("Request timed out", "TimeoutError")), timeoutMs);
  const onOuterAbort = () => controller.abort(signal.reason);
  if (signal) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener("abort", onOuterAbort, { once: true });
  }
  init.signal = controller.signal;

  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (signal?.aborted) throw error; // the caller cancelled: not a network failure
    throw new NetworkError(error?.name === "TimeoutError" || controller.signal.aborted ? "Request timed out" : "Network request failed", {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onOuterAbort);
  }

  if (response.type === "opaqueredirect") {
    throw new ProblemError({ status: 401, title: "Sign-in required", detail: "The request was redirected to sign-in." });
  }

  let body;
  try {
    body = await readBody(response);
  } catch (error) {
    throw new NetworkError("The response could not be read", { cause: error });
  }

  if (response.ok) {
    return { status: response.status, body: body.json, headers: response.headers };
  }

  const problem = body.json && typeof body.json === "object" ? body.json : {};
  throw new ProblemError({
    status: typeof problem.status === "number" ? problem.status : response.status,
    title: typeof problem.title === "string" ? problem.title : response.statusText || `HTTP ${response.status}`,
    detail: typeof problem.detail === "string" ? problem.detail : "",
    type: typeof problem.type === "string" ? problem.type : undefined,
    instance: typeof problem.instance === "string" ? problem.instance : undefined,
    errors: problem.errors,
    body: body.json ?? body.text,
    retryAfterMs: retryAfterMs(response.headers.get("Retry-After")),
  });
}

/** Retry-After as delay-seconds or an HTTP date, in milliseconds from now; undefined when absent or unreadable. */
function retryAfterMs(value) {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** GET and return only the JSON body. */
export async function getJson(path, options) {
  const { body } = await request(path, { ...options, method: "GET" });
  return body;
}

/** POST JSON; resolves with {status, body}. */
export function postJson(path, json, options) {
  return request(path, { ...options, method: "POST", json });
}

/** Query string of a needs request: only the filters that are set (county, from, to, size, sector, source, format). */
export function needsQuery(filters = {}) {
  const params = new URLSearchParams();
  for (const name of ["county", "from", "to", "size", "sector", "source", "format"]) {
    const value = filters[name];
    if (value !== undefined && value !== null && value !== "") params.set(name, String(value));
  }
  return params.toString();
}

/** Query string of a catalogue search: only the parameters that are set (q, challenge, kind, county, page, lang). */
export function examplesQuery(search = {}) {
  const params = new URLSearchParams();
  for (const name of ["q", "challenge", "kind", "county", "page", "lang"]) {
    const value = search[name];
    if (value === undefined || value === null || value === "" || (name === "page" && Number(value) <= 1)) continue;
    params.set(name, String(value));
  }
  return params.toString();
}

export const api = {
  municipalities: (county) =>
    getJson(county ? `/api/municipalities?county=${encodeURIComponent(county)}` : "/api/municipalities"),
  counties: () => getJson("/api/counties"),
  /** The latest published version, or the given one (an answer is corrected against its own version). */
  survey: (surveyId, version) =>
    getJson(`/api/surveys/${encodeURIComponent(surveyId)}${version ? `?version=${encodeURIComponent(version)}` : ""}`),
  submitResponse: (surveyId, payload, options) =>
    postJson(`/api/surveys/${encodeURIComponent(surveyId)}/responses`, payload, options),
  /** The office's answers in a municipality (current revisions, withdrawn ones left out): {items: [...]}. */
  responses: (surveyId, municipality) => getJson(responsesPath(surveyId, municipality, "json")),
  /** The same answers as a download (a link target: the browser sends the sign-in cookie). */
  responsesExportUrl: (surveyId, municipality, format) => responsesPath(surveyId, municipality, format),
  /** One answer with its data and its ETag (for If-Match on a correction). */
  response: async (surveyId, responseId) => {
    const { body, headers } = await request(responsePath(surveyId, responseId));
    return { response: body, etag: headers.get("ETag") };
  },
  /** Correct an answer (a new revision); etag makes a concurrent change answer 412. */
  reviseResponse: (surveyId, responseId, payload, etag, options) =>
    request(responsePath(surveyId, responseId), { ...options, method: "PUT", json: payload, headers: etag ? { "If-Match": etag } : {} }),
  /** Set the office's own reference on its answer (null clears it): the answer, with the reference as stored (masked). */
  setResponseReference: async (surveyId, responseId, reference) =>
    (await request(`${responsePath(surveyId, responseId)}/reference`, { method: "PUT", json: { reference } })).body,
  /** Withdraw an answer: 204, also when it already was. */
  withdrawResponse: (surveyId, responseId) => request(responsePath(surveyId, responseId), { method: "DELETE" }),
  codebook: () => getJson("/api/codebook"),
  // --- Survey authoring (staff, admin) ------------------------------------------------------
  surveys: () => getJson("/api/surveys"),
  /** A draft or published version and its ETag: {version: {status, definition, problems…}, etag}. */
  surveyVersion: async (surveyId, version) => {
    const { body, headers } = await request(`/api/surveys/${encodeURIComponent(surveyId)}/versions/${encodeURIComponent(version)}`);
    return { version: body, etag: headers.get("ETag") };
  },
  /** Create the next draft: 201; a 409 ProblemError carries the existing draft in error.body.draft. */
  createSurveyDraft: async (surveyId) => {
    const { body, headers } = await postJson(`/api/surveys/${encodeURIComponent(surveyId)}/versions`);
    return { version: body, etag: headers.get("ETag") };
  },
  /** Replace the draft's definition; etag makes a concurrent change answer 412. */
  saveSurveyDraft: async (surveyId, version, definition, etag) => {
    const { body, headers } = await request(`/api/surveys/${encodeURIComponent(surveyId)}/versions/${encodeURIComponent(version)}`, {
      method: "PUT",
      json: { definition },
      headers: etag ? { "If-Match": etag } : {},
    });
    return { version: body, etag: headers.get("ETag") };
  },
  surveyVersionChanges: (surveyId, version) =>
    getJson(`/api/surveys/${encodeURIComponent(surveyId)}/versions/${encodeURIComponent(version)}/changes`),
  publishSurveyVersion: async (surveyId, version, etag) => {
    const { body } = await request(`/api/surveys/${encodeURIComponent(surveyId)}/versions/${encodeURIComponent(version)}/publish`, {
      method: "POST",
      headers: etag ? { "If-Match": etag } : {},
    });
    return body;
  },
  /** Masked text + suggested tags for a text; pass {signal} to cancel a stale request. */
  suggestTags: async (text, options) => (await postJson("/api/tags/suggest", { text }, options)).body,
  createNote: (payload, options) => postJson("/api/notes", payload, options),
  notes: (municipality) => getJson(`/api/notes?municipality=${encodeURIComponent(municipality)}`),
  /** The county's notes awaiting review, oldest first (staff, admin). */
  reviewQueue: (county, limit = 20) => getJson(`/api/notes?county=${encodeURIComponent(county)}&review=pending&limit=${limit}`),
  /** One note and its ETag (for If-Match on a review). */
  note: async (noteId) => {
    const { body, headers } = await request(`/api/notes/${encodeURIComponent(noteId)}`);
    return { note: body, etag: headers.get("ETag") };
  },
  /** Replace a note's reviewed tags (with an optional comment); etag from note() makes a concurrent change answer 412. */
  reviewNoteTags: async (noteId, tags, etag, comment = "") => {
    const { body, headers } = await request(`/api/notes/${encodeURIComponent(noteId)}/tags`, {
      method: "PUT",
      json: comment ? { tags, comment } : { tags },
      headers: etag ? { "If-Match": etag } : {},
    });
    return { note: body, etag: headers.get("ETag") };
  },
  /** Needs of a county and its municipalities ({county, from, to, size, sector, source}); pass {signal} to cancel. */
  needs: (filters, options) => getJson(`/api/needs?${needsQuery(filters)}`, options),
  /** The same figures as CSV for Swedish Excel (a link target: the browser downloads it with the sign-in cookie). */
  needsCsvUrl: (filters) => `/api/needs?${needsQuery({ ...filters, format: "csv" })}`,
  /** One municipality's needs with the per-quarter series ({from, to, size, sector, source}). */
  municipalityNeeds: (code, filters, options) =>
    getJson(`/api/needs/municipalities/${encodeURIComponent(code)}?${needsQuery({ ...filters, county: undefined })}`, options),
  /** Published good examples for a municipality's top challenges, with the reason for each ({from, to, size, sector, source}). */
  municipalityExamples: (code, filters, options) =>
    getJson(
      `/api/needs/municipalities/${encodeURIComponent(code)}/examples?${needsQuery({ ...filters, county: undefined, format: undefined })}`,
      options,
    ),

  // --- The catalogue of good examples ---------------------------------------------------
  /** Search ({q, challenge, kind, county, page, lang}); pass {signal} to cancel a stale request. */
  searchExamples: (search, options) => getJson(`/api/examples?${examplesQuery(search)}`, options),
  /** One example and its ETag (for If-Match on an edit). */
  example: async (slug, options) => {
    const { body, headers } = await request(`/api/examples/${encodeURIComponent(slug)}`, options);
    return { example: body, etag: headers.get("ETag") };
  },
  /** Create (staff, admin): 201, or 200 for an identical retry; 409 when the slug has other content. */
  createExample: async (example, options) => {
    const { status, body, headers } = await postJson("/api/examples", example, options);
    return { status, example: body, etag: headers.get("ETag") };
  },
  /** Replace (staff, admin); etag makes a concurrent change answer 412. */
  updateExample: async (slug, example, etag, options) => {
    const { status, body, headers } = await request(`/api/examples/${encodeURIComponent(slug)}`, {
      ...options,
      method: "PUT",
      json: example,
      headers: etag ? { "If-Match": etag } : {},
    });
    return { status, example: body, etag: headers.get("ETag") };
  },
  /** Delete (staff, admin); 204. */
  deleteExample: async (slug, etag, options) => {
    await request(`/api/examples/${encodeURIComponent(slug)}`, { ...options, method: "DELETE", headers: etag ? { "If-Match": etag } : {} });
  },
  exampleKinds: () => getJson("/api/example-kinds"),

  // --- Situation reports (region: its own counties; admin: all) -------------------------
  /** The live report of a county for a period ({county, period: "2026-Q4" | "2026-11"}). */
  situationReport: ({ county, period }, options) => getJson(`/api/reports/situation?${reportQuery({ county, period })}`, options),
  /** The county's issued reports, newest first: [{id, county, period, issuedAt, dataAsOf, issuedBy}]. */
  issuedReports: (county, options) => getJson(`/api/reports/situation/issued?${reportQuery({ county })}`, options),
  /** One issued report exactly as issued: {id, county, period, issuedAt, dataAsOf, issuedBy, report}. */
  issuedReport: (county, id, options) =>
    getJson(`/api/reports/situation/issued/${encodeURIComponent(id)}?${reportQuery({ county })}`, options),
  /** Issue a report now (admin): 201 with the issued envelope. */
  issueReport: ({ county, period }, options) => postJson("/api/reports/situation/issued", { county, period }, options),

  // --- Exports for QDA tools (staff, admin) and codebook proposals (admin) ---------------
  /** The masked notes of a municipality, or of a county when municipality is empty, as a .qdpx (a link target). */
  notesQdpxUrl: ({ county, municipality }) =>
    municipality ? `/api/exports/notes.qdpx?municipality=${encodeURIComponent(municipality)}` : `/api/exports/notes.qdpx?county=${encodeURIComponent(county)}`,
  /** Read a .qdc file as a proposal: 201 stored, 200 when the same file was read before. */
  importCodebook: async (file) =>
    (await request("/api/exports/codebook.qdc", { method: "POST", body: file, headers: { "Content-Type": "application/xml" } })).body,
  codebookProposals: () => getJson("/api/codebook/proposals"),
  acceptCodebookProposal: async (id) => (await request(`/api/codebook/proposals/${encodeURIComponent(id)}/accept`, { method: "POST" })).body,

  // --- Establishments (any signed-in role) ------------------------------------------------
  /** Every establishment with its phases, hires, procurement windows, events and sources, or those of a county. */
  establishments: (county, options) => getJson(county ? `/api/establishments?${reportQuery({ county })}` : "/api/establishments", options),
  establishment: (slug, options) => getJson(`/api/establishments/${encodeURIComponent(slug)}`, options),
};

function responsesPath(surveyId, municipality, format) {
  const query = new URLSearchParams({ municipality, format });
  return `/api/surveys/${encodeURIComponent(surveyId)}/responses?${query}`;
}

function responsePath(surveyId, responseId) {
  return `/api/surveys/${encodeURIComponent(surveyId)}/responses/${encodeURIComponent(responseId)}`;
}

/** Query string of a report request: only the parameters that are set (county, period). */
export function reportQuery(params = {}) {
  const query = new URLSearchParams();
  for (const name of ["county", "period"]) {
    const value = params[name];
    if (value !== undefined && value !== null && value !== "") query.set(name, String(value));
  }
  return query.toString();
}
