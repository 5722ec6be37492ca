// Tag suggestions while a note is written: a moment after the last keystroke
// the text goes to /api/tags/suggest (a newer text aborts the request on its
// way); the suggested tags, the masked text with their evidence highlighted
// and the number of masked items are shown, and a polite status line says
// how many tags there are.
import { api } from "../api.js";
import { t, tCount } from "../i18n.js";
import { renderEvidence, tagItems } from "../notes-common.js";
import { setLiveText } from "../page-messages.js";

/** Pause after the last keystroke before asking for suggestions (tests may set window.knowledgeConfig.suggestDelayMs). */
function suggestDelayMs() {
  const configured = Number(globalThis.knowledgeConfig?.suggestDelayMs);
  return Number.isFinite(configured) && configured >= 0 ? configured : 400;
}

/**
 * @param {{text: HTMLTextAreaElement, suggestions: HTMLElement, suggestStatus: HTMLElement, preview: HTMLElement,
 *   previewBlock: HTMLElement, maskedNotice: HTMLElement}} ui
 * @param {import("../notes-common.js").Codebook} codebook
 */
export function noteSuggestions(ui, codebook) {
  const state = {
    /** @type {null | {tagger: string, text: string, maskedItems: number, tags: object[]}} */
    suggestion: null,
    /** idle | pending | loading | ready | error */
    status: "idle",
    timer: 0,
    /** @type {AbortController | null} */
    controller: null,
    /** The text the shown suggestion belongs to. */
    text: "",
  };

  function setStatus(status) {
    state.status = status;
    ui.suggestions.dataset.state = status;
    renderStatus();
  }

  function renderStatus() {
    const { suggestion, status } = state;
    let text;
    if (status === "error") text = t("notes.suggest.failed");
    else if (!suggestion) text = t("notes.suggest.idle");
    else if (suggestion.tags.length === 0) text = t("notes.suggest.none");
    else text = tCount("notes.suggest.count", suggestion.tags.length);
    // While a request is under way the last message stays.
    if (status === "pending" || status === "loading") {
      if (ui.suggestStatus.textContent !== "") return;
    }
    setLiveText(ui.suggestStatus, text);
  }

  function render() {
    const { suggestion } = state;
    if (!suggestion) {
      ui.suggestions.replaceChildren();
      ui.preview.replaceChildren();
      ui.previewBlock.hidden = true;
      setLiveText(ui.maskedNotice, "");
      renderStatus();
      return;
    }
    ui.suggestions.replaceChildren(...tagItems(codebook, suggestion.tags));
    renderEvidence(ui.preview, suggestion.text, suggestion.tags, codebook);
    ui.previewBlock.hidden = false;
    const masked = suggestion.maskedItems;
    setLiveText(ui.maskedNotice, masked > 0 ? tCount("note.masked", masked) : "");
    renderStatus();
  }

  function schedule() {
    clearTimeout(state.timer);
    setStatus("pending");
    state.timer = setTimeout(() => void suggest(), suggestDelayMs());
  }

  async function suggest() {
    clearTimeout(state.timer);
    const text = ui.text.value;
    state.controller?.abort(); // a newer text replaces whatever is still on its way
    state.controller = null;
    if (text.trim() === "") {
      state.suggestion = null;
      state.text = text;
      setStatus("idle");
      render();
      return;
    }
    if (state.suggestion && text === state.text) {
      setStatus("ready");
      return;
    }
    const controller = new AbortController();
    state.controller = controller;
    setStatus("loading");
    try {
      const result = await api.suggestTags(text, { signal: controller.signal });
      if (controller !== state.controller) return;
      state.suggestion = normaliseSuggestion(result);
      state.text = text;
      state.status = ui.text.value === text ? "ready" : "pending";
      ui.suggestions.dataset.state = state.status;
      render();
    } catch (error) {
      if (controller.signal.aborted || controller !== state.controller) return;
      console.warn("Tag suggestions failed", error);
      setStatus("error");
    } finally {
      if (controller === state.controller) state.controller = null;
    }
  }

  function cancel() {
    clearTimeout(state.timer);
    state.controller?.abort();
    state.controller = null;
  }

  /** Forget the suggestion (a new note). */
  function reset() {
    state.suggestion = null;
    state.text = "";
    setStatus("idle");
    render();
  }

  return { render, schedule, suggest, cancel, reset };
}

/** Keep only what the page uses, in the shape it expects. */
function normaliseSuggestion(result) {
  return {
    tagger: typeof result?.tagger === "string" ? result.tagger : "",
    text: typeof result?.text === "string" ? result.text : "",
    maskedItems: Number.isInteger(result?.maskedItems) ? result.maskedItems : 0,
    tags: Array.isArray(result?.tags) ? result.tags.filter((s) => typeof s?.tag === "string") : [],
  };
}
