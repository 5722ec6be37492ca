// Retry policy for submitting an answer when the server cannot be reached.
import { NetworkError, ProblemError } from "./api.js";

/** Automatic attempts (the first try included) before the user gets a "Försök igen" button. */
export const MAX_AUTO_ATTEMPTS = 5;

/**
 * Exponential backoff with jitter: about 1 s, 2 s, 4 s, 8 s … capped at maxMs.
 * Tests can shorten it by defining window.knowledgeConfig = { retryBaseMs: 50 } before the page loads.
 * @param {number} retryNumber 1 for the first retry
 */
export function retryDelayMs(retryNumber, { baseMs = configuredBaseMs(), maxMs = 30_000, random = Math.random } = {}) {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, retryNumber - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

/**
 * The wait before retry number retryNumber after error: the backoff, or longer when the server asked for it
 * (Retry-After), never more than maxMs.
 */
export function delayAfterMs(error, retryNumber, { maxMs = 30_000 } = {}) {
  const backoff = retryDelayMs(retryNumber, { maxMs });
  const asked = error instanceof ProblemError ? (error.retryAfterMs ?? 0) : 0;
  return Math.min(maxMs, Math.max(backoff, asked));
}

function configuredBaseMs() {
  const configured = Number(globalThis.knowledgeConfig?.retryBaseMs);
  return Number.isFinite(configured) && configured >= 0 ? configured : 1000;
}

/** Only failures where the same request may succeed later are retried automatically. */
export function isRetryable(error) {
  return error instanceof NetworkError || (error instanceof ProblemError && error.isTransient);
}

export function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
