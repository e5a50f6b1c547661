/**
 * Page object of the application shell: open a section, read the page title, switch the language.
 * Menu labels are passed in by the caller (tests assert literal texts in each language).
 */
import type { Locator, Page } from '@playwright/test'

export type UiLanguageLabel = '简体中文' | 'English'

export class ShellPage {
  constructor(readonly page: Page) {}

  /** Opens the app at a hash route ('/' or '/board') and waits for the shell. */
  async open(route = '/'): Promise<void> {
    await this.page.goto(`/index.html#${route}`)
    await this.title.waitFor()
  }

  get appName(): Locator {
    return this.page.getByTestId('app-name')
  }

  get title(): Locator {
    return this.page.getByTestId('page-title')
  }

  get placeholder(): Locator {
    return this.page.getByTestId('section-placeholder')
  }

  /** The white panel the current page renders into. */
  get pageBody(): Locator {
    return this.page.getByTestId('page')
  }

  /** The translated error screen (ErrorFallback); a page that threw shows it instead of its content. */
  get errorFallback(): Locator {
    return this.page.getByTestId('error-fallback')
  }

  get nav(): Locator {
    return this.page.locator('.shell-menu')
  }

  menuItem(label: string): Locator {
    // The accessible name also holds the icon's label, so match the visible text exactly instead.
    return this.nav.getByRole('link').filter({ has: this.page.getByText(label, { exact: true }) })
  }

  async openSection(label: string): Promise<void> {
    await this.menuItem(label).click()
  }

  async switchLanguage(to: UiLanguageLabel): Promise<void> {
    await this.page.getByTestId('language-switch').click()
    await this.page.getByRole('menuitemradio', { name: to, exact: true }).click()
  }
}
