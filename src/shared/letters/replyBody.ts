/**
 * The structure of a reply's body text as GB/T 9704 numbers it: `一、` level-1 headings (黑体), `（一）` level-2
 * headings (楷体), everything else a paragraph (仿宋). The text is typed or pasted by the unit, one paragraph a line;
 * indentation typed by hand (spaces, full-width spaces) is dropped because the layout indents every paragraph.
 */

export type ReplyBodyBlock =
  { kind: 'heading1'; text: string } | { kind: 'heading2'; text: string } | { kind: 'paragraph'; text: string }

const LEVEL1 = /^[一二三四五六七八九十百]+、/
const LEVEL2 = /^[（(][一二三四五六七八九十百]+[）)]/

/** Splits a body into blocks; empty lines are dropped. */
export function parseReplyBody(body: string): ReplyBodyBlock[] {
  const blocks: ReplyBodyBlock[] = []
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const text = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
    if (text === '') continue
    if (LEVEL1.test(text)) blocks.push({ kind: 'heading1', text })
    else if (LEVEL2.test(text)) blocks.push({ kind: 'heading2', text: text.replace(/^\((.+?)\)/, '（$1）') })
    else blocks.push({ kind: 'paragraph', text })
  }
  return blocks
}

/**
 * A heading line may carry its paragraph on the same line (`一、加强管理。今年以来……`): only the heading sentence,
 * up to and including the first `。`, takes the heading face. Returns the heading part and the rest.
 */
export function splitHeading(text: string): { heading: string; rest: string } {
  const end = text.indexOf('。')
  if (end < 0 || end === text.length - 1) return { heading: text, rest: '' }
  return { heading: text.slice(0, end + 1), rest: text.slice(end + 1) }
}
