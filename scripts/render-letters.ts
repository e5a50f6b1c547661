/**
 * Visual check of the printed documents: renders sample letters and notices to HTML, prints them to PDF in
 * Debian's Chromium (as Electron's printToPDF would, CSS page size and margins preferred) and turns every page
 * into a PNG for a person to look at.
 *
 *   npx tsx scripts/render-letters.ts            → test-results/letters/*.html, *.pdf, *-N.png
 *   LETTERS_OUT=/tmp/letters npx tsx …          → elsewhere (Playwright empties test-results/ when it starts)
 *
 * Needs /usr/bin/chromium (or CHROMIUM_PATH) and pdftoppm (poppler-utils).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { letterSamples } from './letter-samples'

const outDir = process.env.LETTERS_OUT ?? resolve(import.meta.dirname, '..', 'test-results', 'letters')
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true })
  for (const f of readdirSync(outDir)) rmSync(join(outDir, f))
  const browser = await chromium.launch({
    executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  })
  try {
    const page = await browser.newPage()
    for (const { name, html } of letterSamples()) {
      const htmlPath = join(outDir, `${name}.html`)
      const pdfPath = join(outDir, `${name}.pdf`)
      writeFileSync(htmlPath, html)
      await page.setContent(html, { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready)
      await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true })
      execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(outDir, name)])
      const pages = readdirSync(outDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).length
      console.log(`${pdfPath}  (${pages} page${pages === 1 ? '' : 's'})`)
    }
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
