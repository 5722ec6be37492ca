// The submit loop shared by the pages that write (survey answers, notes,
// reviews). Every attempt sends the very same payload, so a client-generated
// id in it (responseId, noteId) makes the write idempotent on the server.
// Network failures and 502/503/504 are retried automatically with backoff;
// after MAX_AUTO_ATTEMPTS the user gets the "try again" button (the browser's
// "online" event also tries again). Any other failure ends the loop.
import { delayAfterMs, isRetryable, MAX_AUTO_ATTEMPTS, sleep } from "./retry.js";

/**
 * @typedef {object} SubmitMessages i18n keys for the status line
 * @property {string} sending first attempt ("Skickar…")
 * @property {string} retrying waiting before the next attempt; params {seconds, attempt, max}
 * @property {string} retryingNow a later attempt is under way; params {attempt, max}
 * @property {string} exhausted automatic attempts used up; the retry button is shown
 */

/**
 * @typedef {object} SubmitContext
 * @property {unknown} payload what was sent
 * @property {number} attempts attempts in this round (a manual retry starts a new round)
 * @property {boolean} hadRetryableFailure an earlier attempt with this payload failed on the way (the server may have stored it)
 */

/**
 * @param {object} options
 * @param {(payload: any) => Promise<any>} options.send performs one attempt; rejects with NetworkError/ProblemError
 * @param {(key: string|null, params?: object) => void} options.setStatus shows a status message (null clears)
 * @param {SubmitMessages} options.messages
 * @param {HTMLElement} [options.retryButton] shown when the automatic attempts are used up
 * @param {(payload: any) => void} [options.onStart] before the first attempt of a submit and of a manual retry (keep the draft, lock the form…)
 * @param {(result: any, context: SubmitContext) => void} options.onSuccess
 * @param {(error: unknown, context: SubmitContext) => void} options.onProblem a failure that retrying will not fix
 * @param {(context: SubmitContext) => void} [options.onExhausted] after the exhausted message and the retry button are shown
 */
export function createRetryingSubmitter({ send, setStatus, messages, retryButton, onStart, onSuccess, onProblem, onExhausted }) {
  let busy = false;
  /** body of the write that is being retried */
  let pendingPayload = null;
  let hadRetryableFailure = false;
  /** @type {null | (() => void)} */
  let waitingForManualRetry = null;

  async function run(payload) {
    busy = true;
    pendingPayload = payload;
    onStart?.(payload);
    if (retryButton) retryButton.hidden = true;

    let attempt = 0;
    for (;;) {
      attempt += 1;
      setStatus(attempt === 1 ? messages.sending : messages.retryingNow, { attempt, max: MAX_AUTO_ATTEMPTS });
      let result;
      try {
        result = await send(payload);
      } catch (error) {
        if (isRetryable(error)) {
          hadRetryableFailure = true;
          if (attempt < MAX_AUTO_ATTEMPTS) {
            const delay = delayAfterMs(error, attempt);
            setStatus(messages.retrying, {
              seconds: Math.max(1, Math.round(delay / 1000)),
              attempt: attempt + 1,
              max: MAX_AUTO_ATTEMPTS,
            });
            await sleep(delay);
            continue;
          }
          exhausted({ payload, attempts: attempt, hadRetryableFailure });
          return;
        }
        const context = { payload, attempts: attempt, hadRetryableFailure };
        busy = false;
        pendingPayload = null;
        hadRetryableFailure = false;
        onProblem(error, context);
        return;
      }
      const context = { payload, attempts: attempt, hadRetryableFailure };
      busy = false;
      pendingPayload = null;
      hadRetryableFailure = false;
      waitingForManualRetry = null;
      if (retryButton) retryButton.hidden = true;
      onSuccess(result, context);
      return;
    }
  }

  function exhausted(context) {
    // Stay busy: the next try must send exactly the same body.
    setStatus(messages.exhausted);
    if (retryButton) retryButton.hidden = false;
    waitingForManualRetry = () => {
      waitingForManualRetry = null;
      void run(pendingPayload);
    };
    onExhausted?.(context);
  }

  retryButton?.addEventListener("click", () => waitingForManualRetry?.());
  window.addEventListener("online", () => waitingForManualRetry?.());

  return {
    /** Start sending a new payload. Ignored while an earlier one is still being sent or waits for a retry. */
    submit(payload) {
      if (busy) return;
      hadRetryableFailure = false;
      void run(payload);
    },
    /** True from submit() until the write succeeded or failed for good (also while waiting for a manual retry). */
    get busy() {
      return busy;
    },
  };
}
