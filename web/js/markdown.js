// Markdown of the example bodies, parsed by markdown-it (vendored by
// scripts/vendor-web.mjs, raw HTML off) and built into DOM nodes from its
// tokens with el(): nothing is ever assigned to innerHTML, raw HTML reads as
// the text it is, and only http(s) addresses become links.
import MarkdownIt from "../vendor/markdown-it.min.js";
import { el } from "./layout.js";

/** http(s) addresses only; anything else (javascript:, data:, relative) is not a link. */
export function safeHref(url) {
  if (typeof url !== "string") return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An external link: opens in the same tab, never gives the target page a handle on this one. */
export function externalLink(href, ...children) {
  return el("a", { href, rel: "noopener noreferrer" }, ...children);
}

// Tables (no caption, no header scopes) and images (nothing is loaded from elsewhere) stay text.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable(["table", "image"]);
// A link markdown-it would allow but safeHref() would not (mailto:, relative) stays text too.
markdown.validateLink = (url) => safeHref(url) !== null;

/** Elements a token may open; anything else becomes a <span>. */
const BLOCK_TAGS = new Set(["p", "ul", "ol", "li", "blockquote", "strong", "em", "s", "code", "pre", "hr", "br"]);

/**
 * Markdown as nodes: paragraphs, # headings, - and 1. lists, **bold**, *italic*, `code`, code blocks, quotes,
 * ~~struck~~, [links](https://…) and <https://…>. Everything else is shown as the text it is.
 * @param {string} source
 * @param {{headingLevel?: number}} [options] the level of the shallowest heading (default 3: the page has h1 and h2 above)
 * @returns {Node[]}
 */
export function renderMarkdown(source, { headingLevel = 3 } = {}) {
  const tokens = markdown.parse(String(source ?? ""), {});
  // The shallowest heading becomes headingLevel and none skips a level, whatever number of # the author used.
  const depths = tokens.filter((token) => token.type === "heading_open").map((token) => Number(token.tag.slice(1)));
  const shallowest = depths.length > 0 ? Math.min(...depths) : 1;
  let previousLevel = headingLevel - 1;
  const headingTag = (tag) => {
    const level = Math.min(6, headingLevel + Number(tag.slice(1)) - shallowest, previousLevel + 1);
    previousLevel = level;
    return `h${level}`;
  };

  const root = document.createDocumentFragment();
  build(tokens, root, headingTag);
  return [...root.childNodes];
}

/** Appends the nodes of a token stream (block or inline) to `root`. */
function build(tokens, root, headingTag) {
  const stack = [root];
  const top = () => stack[stack.length - 1];
  for (const token of tokens) {
    if (token.nesting === 1) {
      // A tight list's paragraphs are hidden: their text goes straight into the <li>.
      if (token.hidden) continue;
      const element = openElement(token, headingTag);
      top().append(element);
      stack.push(element);
    } else if (token.nesting === -1) {
      if (token.hidden) continue;
      if (stack.length > 1) stack.pop();
    } else {
      top().append(...leaf(token, headingTag));
    }
  }
}

function openElement(token, headingTag) {
  if (token.type === "heading_open") return el(headingTag(token.tag));
  if (token.type === "link_open") {
    const href = safeHref(token.attrGet("href"));
    return href ? externalLink(href) : el("span");
  }
  if (token.type === "ordered_list_open") {
    const start = Number(token.attrGet("start") ?? 1);
    return el("ol", Number.isInteger(start) && start !== 1 ? { start } : {});
  }
  return el(BLOCK_TAGS.has(token.tag) ? token.tag : "span");
}

/** The nodes of a token without children of its own kind (text, code, breaks, an inline run). */
function leaf(token, headingTag) {
  switch (token.type) {
    case "inline": {
      const holder = document.createDocumentFragment();
      build(token.children ?? [], holder, headingTag);
      return [...holder.childNodes];
    }
    case "softbreak":
      return [document.createTextNode("\n")];
    case "hardbreak":
      return [el("br")];
    case "code_inline":
      return [el("code", {}, token.content)];
    case "fence":
    case "code_block":
      return [el("pre", {}, el("code", {}, token.content))];
    case "hr":
      return [el("hr")];
    default:
      // text, and anything else markdown-it might emit (html_* cannot occur with html: false): its text only.
      return token.content ? [document.createTextNode(token.content)] : [];
  }
}
