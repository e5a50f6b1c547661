/** A deadline rule in words: `7个工作日`, `3个月`, `答复期限前5个工作日`, `固定日期 2026-06-30`. */
import type { TFunction } from 'i18next'
import type { DeadlineRule } from '@shared/domain/model'

export function ruleText(t: TFunction<'settings'>, rule: DeadlineRule): string {
  switch (rule.type) {
    case 'working-days':
      return t('deadlines.text.working-days', { count: rule.days })
    case 'calendar-months':
      return t('deadlines.text.calendar-months', { count: rule.months })
    case 'working-days-before':
      return t('deadlines.text.working-days-before', { count: rule.days, of: t(`deadlines.dueKinds.${rule.of}`) })
    case 'fixed-date':
      return t('deadlines.text.fixed-date', { date: rule.date })
  }
}

export const sameRule = (a: DeadlineRule, b: DeadlineRule): boolean => JSON.stringify(a) === JSON.stringify(b)
