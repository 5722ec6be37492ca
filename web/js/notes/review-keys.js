// Keyboard shortcuts of the review page, listed on the page and named by
// aria-keyshortcuts on the controls: 1–9 flip the tag in that row, Ctrl+Enter
// or S saves and opens the next note, N skips to the next note. Only
// Ctrl+Enter works while typing (comment, selects), so typing is never taken.

/**
 * @param {object} actions
 * @param {() => boolean} actions.active a note is open and not being saved
 * @param {(row: number) => void} actions.toggle 0-based row
 * @param {() => void} actions.save
 * @param {() => void} actions.skip
 */
export function bindReviewKeys({ active, toggle, save, skip }) {
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.metaKey || event.isComposing || !active()) return;
    if (event.key === "Enter" && event.ctrlKey) {
      event.preventDefault();
      save();
      return;
    }
    if (event.ctrlKey || event.repeat || isTyping(event.target)) return;
    const key = event.key.toLowerCase();
    if (/^[1-9]$/.test(key)) toggle(Number(key) - 1);
    else if (key === "s") save();
    else if (key === "n") skip();
    else return;
    event.preventDefault();
  });
}

/** Text fields, selects and editable content keep their keys. */
function isTyping(target) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target.matches("textarea, select, input:not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit]):not([type=reset])"))
  );
}
