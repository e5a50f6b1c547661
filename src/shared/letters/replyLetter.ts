/**
 * The reply letter (答复函) to a deputy, as a complete HTML document in the GB/T 9704-2012 letter layout.
 *
 * Owns: the letter's parts and their order — result class (top right of the first page), document number, title,
 * addressee, opening, body point by point, closing thanks, issuing unit and date with the seal area, contact note,
 * copies line at the foot of the last page — and one letter per signer for joint suggestions.
 *
 * The fixed Chinese wording belongs to the national format and has defaults here; every phrase the app might
 * change or localise comes in through `ReplyLetterLabels`.
 *
 * Design: CSS cannot place a block at the foot of the *last* page, so the letter estimates its own pagination on
 * the 22-line grid (`estimateReplyLetterPages`), makes the letter box at least that many pages tall and positions
 * the copies block at the bottom of that box. The box's bottom padding reserves the copies block's height, so
 * when the estimate is short the copies block still follows the text without overlapping it.
 */
import { formatChineseDate } from '../domain/dates'
import type { IsoDate } from '../domain/model'
import { escapeHtml, fillTemplate, htmlDocument, textWidthEm } from './html'
import {
  BODY_LETTER_SPACING,
  FONT_HEITI,
  FONT_KAITI,
  GB_PAGE,
  LINE_HEIGHT,
  gbBaseCss,
  signatureBlockHtml,
  gbPageCss,
} from './gbPage'
import { parseReplyBody, splitHeading, type ReplyBodyBlock } from './replyBody'

export interface ReplyLetterData {
  /** Result class code as configured: `A`, `B`, `C`, `D` (or 甲/乙/丙). */
  resultClass: string
  /** 发文字号, already formatted (`X建复〔2025〕12号`); null prints none. */
  documentNumber: string | null
  /** `市十七届人大四次会议`. */
  sessionName: string
  /** The suggestion number as the title shows it, without leading zeros: `123`. */
  suggestionNumber: string
  /** `关于……的建议` (guillemets around it are added by the opening, and stripped here if typed). */
  suggestionTitle: string
  /** The deputy this copy is addressed to (one name). */
  addressee: string
  /** The reply text, one paragraph a line; `一、` and `（一）` lines become headings. */
  body: string
  /** 发文机关署名. */
  issuingUnit: string
  /** When set, the title starts with it: `市住房和城乡建设局关于……的答复`. */
  titleUnit?: string | null
  /** 成文日期. */
  date: IsoDate
  contactName: string | null
  contactPhone: string | null
  /** `市人大常委会代表工作委员会，市政府办公室` — the settings' 抄送 list; null or empty prints no copies line. */
  copyTo: string | null
}

export interface JointReplyLetterData extends Omit<ReplyLetterData, 'addressee'> {
  /** Lead deputy first, then co-signers; each gets a letter. */
  addressees: string[]
}

/** Phrases of the letter; `{…}` are placeholders. */
export interface ReplyLetterLabels {
  resultClass: string
  title: string
  addressee: string
  opening: string
  closing: string
  contact: string
  contactNameOnly: string
  contactPhoneOnly: string
  copyTo: string
  pageNumber: string
}

export const DEFAULT_REPLY_LETTER_LABELS: ReplyLetterLabels = {
  resultClass: '{class}',
  title: '关于{session}第{number}号建议的答复',
  addressee: '{name}代表：',
  opening: '您提出的《{title}》（第{number}号）收悉。经认真研究，现答复如下：',
  closing: '感谢您对我们工作的关心和支持，欢迎继续提出宝贵意见和建议。',
  contact: '（联系人：{name}，联系电话：{phone}）',
  contactNameOnly: '（联系人：{name}）',
  contactPhoneOnly: '（联系电话：{phone}）',
  copyTo: '抄送：',
  pageNumber: '— {page} —',
}

const TITLE_CHARS_PER_LINE = Math.floor(((GB_PAGE.blockWidthMm / 25.4) * 72) / 22) // 22 pt characters in 156 mm: 20
const COPY_CHARS_PER_LINE = Math.floor(((GB_PAGE.blockWidthMm / 25.4) * 72) / 14) - 2 // 14 pt, one character in each side
/** Blank lines left above the issuing unit for the seal, which presses down on unit name and date. */
const SEAL_LINES = 2

function stripGuillemets(title: string): string {
  return title.trim().replace(/^《(.*)》$/, '$1')
}

function endWithFullStop(text: string): string {
  const t = text.trim().replace(/[。．.，,、；;]+$/, '')
  return `${t}。`
}

function linesFor(widthEm: number, charsPerLine: number = GB_PAGE.charsPerLine): number {
  return Math.max(1, Math.ceil(widthEm / charsPerLine - 1e-9))
}

function titleText(data: ReplyLetterData, labels: ReplyLetterLabels): { html: string; plain: string } {
  const values = { session: data.sessionName, number: data.suggestionNumber }
  const plainTitle = labels.title
    .replace(/\{session\}/g, data.sessionName)
    .replace(/\{number\}/g, data.suggestionNumber)
  const unit = data.titleUnit?.trim() ?? ''
  return {
    // The session name and `第123号` are not split when the title wraps (GB/T: 回行时词意完整).
    html: escapeHtml(unit) + fillTemplate(labels.title, values, (_key, v) => `<span class="nobr">${v}</span>`),
    plain: unit + plainTitle,
  }
}

function contactLine(data: ReplyLetterData, labels: ReplyLetterLabels): string | null {
  const name = data.contactName?.trim() ?? ''
  const phone = data.contactPhone?.trim() ?? ''
  if (name && phone) return fillTemplate(labels.contact, { name, phone })
  if (name) return fillTemplate(labels.contactNameOnly, { name })
  if (phone) return fillTemplate(labels.contactPhoneOnly, { phone })
  return null
}

function bodyBlockHtml(block: ReplyBodyBlock): string {
  if (block.kind === 'paragraph') return `<p class="para">${escapeHtml(block.text)}</p>`
  const { heading, rest } = splitHeading(block.text)
  const cls = block.kind === 'heading1' ? 'h1' : 'h2'
  return `<p class="para"><span class="${cls}">${escapeHtml(heading)}</span>${escapeHtml(rest)}</p>`
}

/**
 * The pieces of a letter in lines of the 22-line grid, for the pagination estimate. `flow` may break across
 * pages, and so may the closing paragraph (`closing`) as long as its last line stays with `signOff` (seal area,
 * unit, date, contact), which is kept together; `copies` goes last.
 */
interface LetterLines {
  flow: number
  closing: number
  signOff: number
  copies: number
}

function measureLetter(data: ReplyLetterData, labels: ReplyLetterLabels): LetterLines {
  const para = (text: string): number => linesFor(2 + textWidthEm(text))
  const title = titleText(data, labels).plain
  const opening = textWidthEm(
    labels.opening
      .replace(/\{title\}/g, stripGuillemets(data.suggestionTitle))
      .replace(/\{number\}/g, data.suggestionNumber),
  )
  let flow = 1 + 1 + 1 + linesFor(textWidthEm(title), TITLE_CHARS_PER_LINE) + 1
  flow += linesFor(textWidthEm(data.addressee) + textWidthEm(labels.addressee))
  flow += linesFor(2 + opening)
  for (const block of parseReplyBody(data.body)) flow += para(block.text)
  const contact = data.contactName || data.contactPhone ? 1 : 0
  const closing = para(labels.closing)
  const signOff = SEAL_LINES + 2 + contact
  const copyList = data.copyTo?.trim() ?? ''
  const copies = copyList ? linesFor(textWidthEm(labels.copyTo + copyList) + 1, COPY_CHARS_PER_LINE) : 0
  return { flow, closing, signOff, copies }
}

/**
 * How many pages the letter takes on the 22-line grid: the flowing text fills pages line by line, the sign-off
 * moves to a new page when it does not fit whole, and the copies block likewise.
 */
export function estimateReplyLetterPages(data: ReplyLetterData, labels: Partial<ReplyLetterLabels> = {}): number {
  const { flow, closing, signOff, copies } = measureLetter(data, { ...DEFAULT_REPLY_LETTER_LABELS, ...labels })
  const perPage = GB_PAGE.linesPerPage
  let pages = 1
  let used = 0
  const addFlowing = (n: number): void => {
    used += n
    while (used > perPage) {
      used -= perPage
      pages += 1
    }
  }
  const addTogether = (n: number): void => {
    if (n > perPage) return addFlowing(n)
    if (used + n > perPage) {
      pages += 1
      used = 0
    }
    used += n
  }
  addFlowing(flow + closing - 1)
  addTogether(1 + signOff)
  if (copies > 0) addTogether(copies)
  return pages
}

function letterCss(labels: ReplyLetterLabels): string {
  const copyLabelEm = textWidthEm(labels.copyTo)
  return `${gbPageCss(labels.pageNumber)}${gbBaseCss()}
.letter { position: relative; box-sizing: border-box; }
.result-class { font-family: ${FONT_HEITI}; text-align: right; letter-spacing: 0; }
.doc-number { text-align: right; letter-spacing: 0; }
.addressee { text-indent: 0; }
.nobr { white-space: nowrap; }
.h1 { font-family: ${FONT_HEITI}; }
.h2 { font-family: ${FONT_KAITI}; }
.sign-off { break-inside: avoid; break-before: avoid; }
.seal-area { height: calc(${SEAL_LINES} * ${LINE_HEIGHT}); }
.copy-to {
  position: absolute;
  left: 0;
  right: 0;
  bottom: 0;
  margin: 0;
  font-size: 14pt;
  letter-spacing: 0;
  border-top: 0.35mm solid #000;
  border-bottom: 0.35mm solid #000;
  padding: 0 1em 0 calc(1em + ${copyLabelEm}em);
  text-indent: -${copyLabelEm}em;
  /* n lines and the two rules together are exactly n lines of the grid (set per letter, see letterBodyHtml). */
  line-height: var(--copy-line-height, ${LINE_HEIGHT});
  box-sizing: border-box;
}
/* Keep the grid: body spacing was set on body; re-state for headings in other faces. */
.h1, .h2 { letter-spacing: ${BODY_LETTER_SPACING}; }
`
}

/** The letter's inner markup (without the HTML shell), for one addressee. */
function letterBodyHtml(data: ReplyLetterData, labels: ReplyLetterLabels): string {
  const pages = estimateReplyLetterPages(data, labels)
  const title = titleText(data, labels)
  const suggestionTitle = stripGuillemets(data.suggestionTitle)
  const contact = contactLine(data, labels)
  const copyList = data.copyTo?.trim() ?? ''
  const parts: string[] = []
  const copyLines = measureLetter(data, labels).copies
  const box = [`min-height: calc(${pages} * ${GB_PAGE.blockHeightMm}mm - 0.5mm)`]
  if (copyLines > 0) {
    box.push(`padding-bottom: calc(${copyLines} * ${LINE_HEIGHT} - 0.5mm)`)
    box.push(`--copy-line-height: calc((${copyLines} * ${LINE_HEIGHT} - 0.7mm) / ${copyLines})`)
  }
  parts.push(`<div class="letter" style="${box.join('; ')}">`)
  parts.push('<div class="letter-main">')
  parts.push(`<p class="result-class">${fillTemplate(labels.resultClass, { class: data.resultClass })}</p>`)
  parts.push(`<p class="doc-number">${escapeHtml(data.documentNumber?.trim() ?? '')}</p>`)
  parts.push('<div class="blank"></div>')
  parts.push(`<h1 class="doc-title">${title.html}</h1>`)
  parts.push('<div class="blank"></div>')
  parts.push(`<p class="addressee">${fillTemplate(labels.addressee, { name: data.addressee.trim() })}</p>`)
  parts.push(
    `<p class="para">${fillTemplate(labels.opening, { title: suggestionTitle, number: data.suggestionNumber })}</p>`,
  )
  for (const block of parseReplyBody(data.body)) parts.push(bodyBlockHtml(block))
  parts.push('</div>')
  parts.push(`<p class="para closing">${fillTemplate(labels.closing, {})}</p>`)
  parts.push('<div class="sign-off">')
  parts.push('<div class="seal-area"></div>')
  parts.push(signatureBlockHtml(data.issuingUnit.trim(), formatChineseDate(data.date)))
  if (contact) parts.push(`<p class="para contact">${contact}</p>`)
  parts.push('</div>')
  if (copyList) {
    parts.push(`<p class="copy-to">${escapeHtml(labels.copyTo)}${escapeHtml(endWithFullStop(copyList))}</p>`)
  }
  parts.push('</div>')
  return parts.join('\n')
}

/** One reply letter as a complete HTML document. */
export function renderReplyLetter(data: ReplyLetterData, labels: Partial<ReplyLetterLabels> = {}): string {
  const all = { ...DEFAULT_REPLY_LETTER_LABELS, ...labels }
  return htmlDocument({
    title: `${titleText(data, all).plain}（${data.addressee.trim()}）`,
    css: letterCss(all),
    body: letterBodyHtml(data, all),
  })
}

export interface AddressedLetter {
  addressee: string
  html: string
}

/**
 * A joint suggestion: one letter per signer (lead deputy first), each a complete HTML document with its own page
 * numbers. Blank and repeated names are skipped.
 */
export function renderReplyLetters(
  data: JointReplyLetterData,
  labels: Partial<ReplyLetterLabels> = {},
): AddressedLetter[] {
  const seen = new Set<string>()
  const letters: AddressedLetter[] = []
  for (const raw of data.addressees) {
    const addressee = raw.trim()
    if (!addressee || seen.has(addressee)) continue
    seen.add(addressee)
    const { addressees: _all, ...rest } = data
    letters.push({ addressee, html: renderReplyLetter({ ...rest, addressee }, labels) })
  }
  return letters
}
