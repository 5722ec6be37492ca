// The review queue: a county's notes awaiting review, oldest first, and which
// one to open next. Skipped notes wait behind the rest for this visit. The
// page reads the queue again after each save, so reviews by others drop out.
import { api } from "../api.js";
import { t } from "../i18n.js";
import { formatDate } from "../notes-common.js";

/** At most this many notes are read; a full answer is shown as "at least". */
export const QUEUE_LIMIT = 100;

export function createReviewQueue() {
  let county = "";
  /** @type {object[]} */
  let notes = [];
  const skipped = new Set();
  let request = 0;
  return {
    get count() {
      return notes.length;
    },
    /** Read the county's queue; false when a newer read overtook this one (its answer is dropped). */
    async load(code) {
      const mine = ++request;
      if (code !== county) skipped.clear();
      county = code;
      if (!code) {
        notes = [];
        return true;
      }
      const answer = await api.reviewQueue(code, QUEUE_LIMIT);
      if (mine !== request) return false;
      notes = Array.isArray(answer) ? answer : [];
      return true;
    },
    /** The note after currentId: the oldest not skipped, else the oldest skipped one (null when none). */
    next(currentId) {
      const rest = notes.filter((note) => note.noteId !== currentId);
      return rest.find((note) => !skipped.has(note.noteId)) ?? rest[0] ?? null;
    },
    skip(noteId) {
      skipped.add(noteId);
    },
    /** A saved note leaves the queue at once, whatever a read in flight says. */
    drop(noteId) {
      notes = notes.filter((note) => note.noteId !== noteId);
    },
  };
}

/**
 * The queue status message: how many notes wait, after a save also which note was saved.
 * @returns {[string, object]} key and params for a textRegion
 */
export function queueMessage(count, saved) {
  const amount = count === 0 ? "empty" : count === 1 ? "one" : count >= QUEUE_LIMIT ? "many" : "other";
  if (!saved) return [`review.queue.count.${amount}`, { count }];
  return [`review.queue.saved.${amount}`, { count, date: formatDate(saved.interviewDate), company: saved.company?.name || t("note.noCompany") }];
}
