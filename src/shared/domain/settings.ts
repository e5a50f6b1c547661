/**
 * The settings a fresh installation starts with: DOMAIN.md's defaults for categories, result classes, rating
 * points and weights, time limits and the copy-to line. Each is editable by an administrator.
 */
import { defaultDeadlineSettings } from './deadlines'
import type { RatingSettings, ResultClassSetting, Settings, StatisticsSettings } from './model'

export const defaultCategories: readonly string[] = [
  '经济发展',
  '城乡建设',
  '生态环保',
  '教科文卫',
  '民生保障',
  '政法',
  '农业农村',
  '其他',
]

export function defaultResultClasses(): ResultClassSetting[] {
  return [
    { code: 'A', label: '已解决或基本解决/采纳', requiresPromise: false, requiresExplanation: false },
    // B states a plan with a date, which becomes a follow-up item.
    { code: 'B', label: '正在解决或列入计划逐步解决', requiresPromise: true, requiresExplanation: false },
    // C explains why it cannot be solved now.
    { code: 'C', label: '因条件限制需以后解决', requiresPromise: false, requiresExplanation: true },
    { code: 'D', label: '留作参考', requiresPromise: false, requiresExplanation: false },
  ]
}

export function defaultRatingSettings(): RatingSettings {
  return {
    points: { satisfied: 100, 'basically-satisfied': 80, dissatisfied: 0 },
    weights: { attitude: 30, process: 30, result: 40 },
  }
}

/** League weights of DOMAIN.md's assessment practice: satisfaction weighs most, then timeliness. */
export function defaultStatisticsSettings(): StatisticsSettings {
  return {
    leagueWeights: { replyRate: 20, onTimeRate: 30, satisfactionRate: 40, faceToFaceRate: 10 },
    solvedClass: 'A',
  }
}

export const defaultReplyCopyTo = '市人大常委会代表工作委员会，市政府办公室。'

export function defaultSettings(): Settings {
  return {
    organisationName: '',
    mode: 'office',
    unitId: null,
    categories: [...defaultCategories],
    deadlines: defaultDeadlineSettings(),
    resultClasses: defaultResultClasses(),
    rating: defaultRatingSettings(),
    replyCopyTo: defaultReplyCopyTo,
    documentNumberPrefix: '',
    statistics: defaultStatisticsSettings(),
  }
}
