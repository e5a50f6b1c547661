/**
 * Small HTML-string helpers for the printed documents.
 *
 * Owns: escaping of user text, filling `{name}` templates (labels) with escaped values, and the outer shell of a
 * complete HTML document. Every piece of user text reaches the output through `escapeHtml` or `fillTemplate`;
 * nothing else in this folder concatenates raw user text into markup.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
}

/**
 * Fills `{key}` placeholders of a label template. Both the template's own text and the values are escaped, so a
 * translated label cannot inject markup either. Unknown placeholders are left as written. `wrap` may put markup
 * around an (escaped) value.
 * `fillTemplate('{name}代表：', { name: '王<五>' })` → `王&lt;五&gt;代表：`.
 */
export function fillTemplate(
  template: string,
  values: Record<string, string | number>,
  wrap: (key: string, escaped: string) => string = (_key, escaped) => escaped,
): string {
  return template
    .split(/(\{[A-Za-z]+\})/)
    .map((part) => {
      const m = /^\{([A-Za-z]+)\}$/.exec(part)
      if (m && m[1] !== undefined && Object.prototype.hasOwnProperty.call(values, m[1])) {
        return wrap(m[1], escapeHtml(String(values[m[1]])))
      }
      return escapeHtml(part)
    })
    .join('')
}

/**
 * A CSS string literal (for `content:` in page margin boxes). Only characters that could end the string or the
 * rule are escaped, as CSS hex escapes.
 */
export function cssString(text: string): string {
  return `'${text.replace(/[\\'"\n\r<>{}]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}'`
}

export interface HtmlDocumentParts {
  /** The document title (window/job title); plain text, escaped here. */
  title: string
  css: string
  /** Body markup, already escaped by the caller's helpers. */
  body: string
}

/** A complete standalone HTML document in Simplified Chinese. */
export function htmlDocument({ title, css, body }: HtmlDocumentParts): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
  ].join('\n')
}

/**
 * Width of a text in em for line estimates: Latin letters, digits and their punctuation about half an em (a
 * little over, so estimates err towards more lines); CJK characters, full-width forms and dashes one em.
 */
export function textWidthEm(text: string): number {
  let width = 0
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x2000 ? 0.55 : 1
  return width
}
