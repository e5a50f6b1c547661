/**
 * The GB/T 9704-2012 page (党政机关公文格式) shared by every printed document: A4, text block 156 × 225 mm placed
 * 37 mm from the top and 28 mm from the left, 22 lines × 28 characters of 3号 (16 pt) type, page numbers
 * `— 1 —` in 4号 (14 pt) 宋体 7 mm below the text block, odd pages right and even pages left, one character in.
 *
 * Owns: the font stacks, the page geometry and the CSS that puts them into effect. Office machines have the
 * national fonts (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312); each stack names them first and falls back to
 * the Noto CJK fonts so a machine without them still prints a readable, correctly laid-out page.
 *
 * Page numbers use CSS page margin boxes (`@page :right { @bottom-right { … } }`), which Chromium supports from
 * version 131 (Electron 45 has Chromium 156). The first page of a document is a right-hand page.
 */
import { cssString, escapeHtml, textWidthEm } from './html'

export const FONT_FANGSONG = `'仿宋_GB2312', 'FangSong_GB2312', 'FangSong', '仿宋', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC', serif`
/**
 * 小标宋 is a heavy Song face used at normal weight; its fallback is the bold cut of Noto Serif CJK, named through an
 * `@font-face` alias (see `gbBaseCss`) so the real 小标宋 is never synthetically emboldened.
 */
export const FONT_XIAOBIAOSONG = `'方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', 'STZhongsong', '华文中宋', 'GbTitleFallback', serif`
export const FONT_HEITI = `'黑体', 'SimHei', 'STHeiti', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif`
export const FONT_KAITI = `'楷体_GB2312', 'KaiTi_GB2312', 'KaiTi', '楷体', 'STKaiti', 'Noto Serif CJK SC', 'Source Han Serif SC', serif`
export const FONT_SONGTI = `'宋体', 'SimSun', 'Songti SC', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC', serif`

/** Page geometry in millimetres (GB/T 9704-2012 §5.2). */
export const GB_PAGE = {
  marginTopMm: 37,
  marginLeftMm: 28,
  marginRightMm: 26,
  marginBottomMm: 35,
  blockWidthMm: 156,
  blockHeightMm: 225,
  linesPerPage: 22,
  charsPerLine: 28,
} as const

/** One line of the 22-line grid: 225 mm / 22 ≈ 10.23 mm ≈ 28.99 pt. */
export const LINE_HEIGHT = `calc(${GB_PAGE.blockHeightMm}mm / ${GB_PAGE.linesPerPage})`
/** Spacing that makes 28 characters of 16 pt fill 156 mm (a little negative: 156 mm / 28 ≈ 15.79 pt per character). */
export const BODY_LETTER_SPACING = `calc(${GB_PAGE.blockWidthMm}mm / ${GB_PAGE.charsPerLine} - 16pt - 0.002mm)`

/**
 * The `@page` rules: A4 with the GB/T margins and the page number margin boxes.
 * `pageNumber` is a template where `{page}` stands for the page counter (`— {page} —`); null prints none.
 */
export function gbPageCss(pageNumber: string | null): string {
  const page = `@page {
  size: A4 portrait;
  margin: ${GB_PAGE.marginTopMm}mm ${GB_PAGE.marginRightMm}mm ${GB_PAGE.marginBottomMm}mm ${GB_PAGE.marginLeftMm}mm;
}`
  if (pageNumber === null) return page
  const [before = '', after = ''] = pageNumber.split('{page}')
  const content = `${cssString(before)} counter(page) ${cssString(after)}`
  const box = `content: ${content}; font-family: ${FONT_SONGTI}; font-size: 14pt; line-height: 1; vertical-align: top; padding-top: 6mm;`
  return `${page}
@page :right { @bottom-right { ${box} text-align: right; padding-right: 14pt; } }
@page :left { @bottom-left { ${box} text-align: left; padding-left: 14pt; } }
`
}

/** Base rules for a GB/T document body: 3号仿宋 on the 22-line grid, 28 characters a line. */
export function gbBaseCss(): string {
  return `
@font-face {
  font-family: 'GbTitleFallback';
  src: local('Noto Serif CJK SC Bold'), local('NotoSerifCJKsc-Bold'), local('Source Han Serif SC Bold'),
    local('SourceHanSerifSC-Bold');
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font-family: ${FONT_FANGSONG};
  font-size: 16pt;
  line-height: ${LINE_HEIGHT};
  letter-spacing: ${BODY_LETTER_SPACING};
  color: #000;
  font-kerning: none;
  text-spacing-trim: space-all;
  orphans: 1;
  widows: 1;
}
@media screen {
  body { width: ${GB_PAGE.blockWidthMm}mm; margin: 10mm auto; }
}
p { margin: 0; }
.doc-title {
  font-family: ${FONT_XIAOBIAOSONG};
  font-size: 22pt;
  font-weight: normal;
  letter-spacing: 0;
  text-align: center;
  text-wrap: balance;
  margin: 0;
}
.para { text-indent: 2em; text-align: justify; }
.blank { height: ${LINE_HEIGHT}; }
.right { text-align: right; }
.signature { display: flex; justify-content: flex-end; letter-spacing: 0; white-space: nowrap; }
.signature.on-date { padding-right: 4em; }
.signature.on-unit { padding-right: 2em; }
.signature-inner { display: flex; flex-direction: column; align-items: center; }
.signature.on-date .signature-unit { width: 0; display: flex; justify-content: center; }
`
}

/**
 * 成文日期 sits four characters from the right and the unit name is centred over it; a unit name so long that it
 * would come within two characters of the right edge is instead placed two characters in, with the date centred
 * under it.
 */
export function signatureBlockHtml(unit: string, date: string): string {
  const unitEm = textWidthEm(unit)
  const dateEm = textWidthEm(date)
  const anchoredOnDate = 4 - (unitEm - dateEm) / 2 >= 2
  const cls = anchoredOnDate ? 'signature on-date' : 'signature on-unit'
  return (
    `<div class="${cls}"><div class="signature-inner">` +
    `<div class="signature-unit"><span>${escapeHtml(unit)}</span></div>` +
    `<div class="signature-date">${escapeHtml(date)}</div>` +
    `</div></div>`
  )
}
