// Update a part of the page in place: make `target`'s children look like
// freshly built `source` children while keeping every existing element whose
// tag (and id, and data-key) still matches. A periodic refresh can therefore
// redraw a table without moving focus out of a button the user is on, and a
// screen reader only notices the text that really changed.

/**
 * Replace target's children by `children`, reusing what can be reused.
 * @param {Element} target
 * @param {(Node|string)[]} children new nodes (not yet in the document)
 */
export function morphChildren(target, children) {
  const fresh = children.map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
  const old = [...target.childNodes];
  let index = 0;
  for (; index < fresh.length; index += 1) {
    const current = old[index];
    const next = fresh[index];
    if (current && sameKind(current, next)) {
      morphNode(current, next);
    } else if (current) {
      target.replaceChild(next, current);
    } else {
      target.append(next);
    }
  }
  for (const extra of old.slice(index)) extra.remove();
}

function sameKind(a, b) {
  if (a.nodeType !== b.nodeType) return false;
  if (a.nodeType !== Node.ELEMENT_NODE) return true;
  return a.tagName === b.tagName && a.id === b.id && a.getAttribute("data-key") === b.getAttribute("data-key");
}

function morphNode(current, next) {
  if (current.nodeType !== Node.ELEMENT_NODE) {
    if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
    return;
  }
  // Attributes: set the changed ones, drop the ones that are gone.
  for (const { name, value } of [...next.attributes]) {
    if (current.getAttribute(name) !== value) current.setAttribute(name, value);
  }
  for (const { name } of [...current.attributes]) {
    if (!next.hasAttribute(name)) current.removeAttribute(name);
  }
  // Event listeners cannot be copied: elements that need them are built with
  // a stable data-key and take their listeners from a delegated handler.
  morphChildren(current, [...next.childNodes]);
}
