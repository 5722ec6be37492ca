// Keeps an unfinished survey answer in localStorage so a reload (or a lost
// connection) does not lose it. The responseId is stored with the answer so a
// reload followed by a resubmit reuses the same id, which makes the POST
// idempotent on the server (same id + same body = 200, not a duplicate).
//
// Key: knowledge.draft.<surveyId>.v<version>[.<userId>]

const PREFIX = "knowledge.draft.";

export function draftKey(surveyId, version, userId) {
  const base = `${PREFIX}${surveyId}.v${version}`;
  return userId ? `${base}.${userId}` : base;
}

/** A UUID for a new answer. crypto.randomUUID needs a secure context (https or localhost). */
export function newResponseId() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  // Fallback for non-secure contexts (e.g. a LAN IP over http): RFC 4122 v4 from getRandomValues.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class DraftStore {
  /**
   * @param {object} options
   * @param {string} options.surveyId
   * @param {number} options.version
   * @param {string} [options.userId]
   * @param {Storage} [options.storage]
   */
  constructor({ surveyId, version, userId, storage = globalThis.localStorage }) {
    this.key = draftKey(surveyId, version, userId);
    this.storage = storage;
  }

  /** @returns {{responseId: string, data: object, currentPageNo: number, savedAt: string} | null} */
  load() {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return null;
      const draft = JSON.parse(raw);
      if (!draft || typeof draft !== "object" || !UUID.test(draft.responseId ?? "")) return null;
      return {
        responseId: draft.responseId,
        data: draft.data && typeof draft.data === "object" && !Array.isArray(draft.data) ? draft.data : {},
        currentPageNo: Number.isInteger(draft.currentPageNo) && draft.currentPageNo >= 0 ? draft.currentPageNo : 0,
        savedAt: typeof draft.savedAt === "string" ? draft.savedAt : "",
      };
    } catch {
      return null;
    }
  }

  /** Returns false when storage is unavailable or full (the answer still works, it just is not kept). */
  save({ responseId, data, currentPageNo = 0 }) {
    try {
      this.storage?.setItem(
        this.key,
        JSON.stringify({ responseId, data, currentPageNo, savedAt: new Date().toISOString() }),
      );
      return true;
    } catch {
      return false;
    }
  }

  clear() {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // ignore
    }
  }
}
