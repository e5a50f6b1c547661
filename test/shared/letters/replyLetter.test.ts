import { describe, expect, it } from 'vitest'
import {
  estimateReplyLetterPages,
  parseReplyBody,
  renderReplyLetter,
  renderReplyLetters,
  type ReplyLetterData,
} from '../../../src/shared/letters'

const data: ReplyLetterData = {
  resultClass: 'B',
  documentNumber: 'X建复〔2025〕12号',
  sessionName: '市十七届人大四次会议',
  suggestionNumber: '123',
  suggestionTitle: '关于加快推进老旧小区改造的建议',
  addressee: '王建国',
  body: '一、关于老旧小区改造\n今年改造老旧小区86个。\n（一）简化审批。审批时限压缩至15个工作日。',
  issuingUnit: '市住房和城乡建设局',
  date: '2025-06-10',
  contactName: '张明',
  contactPhone: '0571-87654321',
  copyTo: '市人大常委会代表工作委员会，市政府办公室',
}

/** The text of the body markup with tags removed (what a reader sees, in order). */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<body>'))
  return body.replace(/<[^>]+>/g, '').replace(/\s+/g, '')
}

describe('renderReplyLetter', () => {
  const html = renderReplyLetter(data)

  it('is a complete Chinese HTML document', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
  })

  it('uses the GB/T 9704 page: A4, margins 37/26/35/28 mm, 16 pt body on a 22-line grid, 22 pt title', () => {
    expect(html).toContain('size: A4 portrait;')
    expect(html).toContain('margin: 37mm 26mm 35mm 28mm;')
    expect(html).toContain('font-size: 16pt;')
    expect(html).toContain('line-height: calc(225mm / 22);')
    expect(html).toContain('letter-spacing: calc(156mm / 28 - 16pt - 0.002mm);')
    expect(html).toContain('font-size: 22pt;')
    expect(html).toContain(
      "font-family: '仿宋_GB2312', 'FangSong_GB2312', 'FangSong', '仿宋', 'STFangsong', 'Noto Serif CJK SC', 'Source Han Serif SC', serif;",
    )
  })

  it('numbers pages — 1 — in 14 pt, odd pages right and even pages left', () => {
    expect(html).toContain("@page :right { @bottom-right { content: '— ' counter(page) ' —';")
    expect(html).toContain("@page :left { @bottom-left { content: '— ' counter(page) ' —';")
    expect(html).toContain('font-size: 14pt;')
  })

  it('prints the parts of the letter in order', () => {
    expect(visibleText(html)).toBe(
      [
        'B',
        'X建复〔2025〕12号',
        '关于市十七届人大四次会议第123号建议的答复',
        '王建国代表：',
        '您提出的《关于加快推进老旧小区改造的建议》（第123号）收悉。经认真研究，现答复如下：',
        '一、关于老旧小区改造',
        '今年改造老旧小区86个。',
        '（一）简化审批。审批时限压缩至15个工作日。',
        '感谢您对我们工作的关心和支持，欢迎继续提出宝贵意见和建议。',
        '市住房和城乡建设局',
        '2025年6月10日',
        '（联系人：张明，联系电话：0571-87654321）',
        '抄送：市人大常委会代表工作委员会，市政府办公室。',
      ].join(''),
    )
  })

  it('sets level-1 headings in 黑体 and level-2 headings in 楷体, only the heading sentence', () => {
    expect(html).toContain('<p class="para"><span class="h1">一、关于老旧小区改造</span></p>')
    expect(html).toContain('<p class="para"><span class="h2">（一）简化审批。</span>审批时限压缩至15个工作日。</p>')
    expect(html).toMatch(/\.h1 \{ font-family: '黑体', 'SimHei'/)
    expect(html).toMatch(/\.h2 \{ font-family: '楷体_GB2312', 'KaiTi_GB2312', 'KaiTi'/)
  })

  it('puts the result class in its own right-aligned line before the document number', () => {
    expect(html).toContain('<p class="result-class">B</p>\n<p class="doc-number">X建复〔2025〕12号</p>')
  })

  it('writes the date four characters from the right with the unit centred over it', () => {
    expect(html).toContain(
      '<div class="signature on-date"><div class="signature-inner"><div class="signature-unit"><span>市住房和城乡建设局</span></div><div class="signature-date">2025年6月10日</div>',
    )
    expect(html).toContain('.signature.on-date { padding-right: 4em; }')
  })

  it('anchors a very long unit name two characters from the right instead', () => {
    const long = renderReplyLetter({ ...data, issuingUnit: '某某市某某区住房和城乡建设局与某某市某某区城市管理局' })
    expect(long).toContain('<div class="signature on-unit">')
  })

  it('escapes markup in every piece of user text', () => {
    const hostile = renderReplyLetter({
      ...data,
      addressee: '<b>王</b>',
      suggestionTitle: '关于"a"&<i>b</i>的建议',
      body: '<script>alert(1)</script>',
      issuingUnit: '局<img src=x>',
      contactName: "O'Neil",
      copyTo: '<hr>',
      documentNumber: '<X>',
      resultClass: '<A>',
    })
    expect(hostile).not.toContain('<script>')
    expect(hostile).not.toContain('<img')
    expect(hostile).not.toContain('<b>')
    expect(hostile).not.toContain('<hr>')
    expect(hostile).toContain('&lt;b&gt;王&lt;/b&gt;代表：')
    expect(hostile).toContain('《关于&quot;a&quot;&amp;&lt;i&gt;b&lt;/i&gt;的建议》')
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(hostile).toContain('联系人：O&#39;Neil')
    expect(hostile).toContain('<p class="result-class">&lt;A&gt;</p>')
  })

  it('leaves out the copies and contact lines when there is nothing to print', () => {
    const bare = renderReplyLetter({ ...data, copyTo: null, contactName: null, contactPhone: null })
    expect(bare).not.toContain('<p class="copy-to">')
    expect(bare).not.toContain('联系人')
    expect(bare).not.toContain('padding-bottom')
  })

  it('puts the issuing unit before the title when asked', () => {
    expect(renderReplyLetter({ ...data, titleUnit: '市住房和城乡建设局' })).toContain(
      '<h1 class="doc-title">市住房和城乡建设局关于<span class="nobr">市十七届人大四次会议</span>第<span class="nobr">123</span>号建议的答复</h1>',
    )
  })

  it('takes its phrases from labels', () => {
    const custom = renderReplyLetter(data, { resultClass: '{class}类', closing: '特此答复。', copyTo: '抄送单位：' })
    expect(custom).toContain('<p class="result-class">B类</p>')
    expect(custom).toContain('<p class="para closing">特此答复。</p>')
    expect(custom).toContain('抄送单位：市人大常委会代表工作委员会，市政府办公室。')
  })
})

describe('estimateReplyLetterPages', () => {
  it('fits a short letter with its copies line on one page', () => {
    expect(estimateReplyLetterPages(data)).toBe(1)
    expect(renderReplyLetter(data)).toContain('style="min-height: calc(1 * 225mm - 0.5mm);')
  })

  it('needs two pages when the body fills the first', () => {
    const long = { ...data, body: Array.from({ length: 8 }, () => '这是一段足够长的答复正文，'.repeat(4)).join('\n') }
    // 9 lines before the body + 8 paragraphs of 2 lines = 25 lines: more than the 22 of a page.
    expect(estimateReplyLetterPages(long)).toBe(2)
  })
})

describe('renderReplyLetters (joint suggestion)', () => {
  it('writes one letter per signer, lead first, skipping repeats and blanks', () => {
    const { addressee: _one, ...rest } = data
    const letters = renderReplyLetters({ ...rest, addressees: ['樊奇', '周丽华', ' ', '樊奇', '李<红>'] })
    expect(letters.map((l) => l.addressee)).toEqual(['樊奇', '周丽华', '李<红>'])
    expect(letters[0]!.html).toContain('<p class="addressee">樊奇代表：</p>')
    expect(letters[1]!.html).toContain('<p class="addressee">周丽华代表：</p>')
    expect(letters[2]!.html).toContain('<p class="addressee">李&lt;红&gt;代表：</p>')
    expect(letters[1]!.html).not.toContain('樊奇')
  })
})

describe('parseReplyBody', () => {
  it('recognises 一、 and （一） headings, drops typed indentation and empty lines', () => {
    expect(parseReplyBody('一、总体情况\n\n　　(二)具体措施\r\n  正文。\n十一、其他')).toEqual([
      { kind: 'heading1', text: '一、总体情况' },
      { kind: 'heading2', text: '（二）具体措施' },
      { kind: 'paragraph', text: '正文。' },
      { kind: 'heading1', text: '十一、其他' },
    ])
  })
})
