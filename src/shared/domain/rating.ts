/**
 * The score of a deputy's rating (满意度测评): points per level and weights per dimension are settings
 * (default 满意 100, 基本满意 80, 不满意 0; 办理态度 30, 办理过程 30, 办理成效 40), giving 0–100.
 */
import type { Rating, RatingSettings } from './model'

export type RatedDimensions = Pick<Rating, 'attitude' | 'process' | 'result'>

/**
 * Weighted mean of the three dimensions' points, rounded to one decimal. Weights need not sum to 100: they are
 * divided by their sum. All-zero weights give 0.
 */
export function ratingScore(rating: RatedDimensions, settings: RatingSettings): number {
  const { points, weights } = settings
  const total = weights.attitude + weights.process + weights.result
  if (total <= 0) return 0
  const sum =
    points[rating.attitude] * weights.attitude +
    points[rating.process] * weights.process +
    points[rating.result] * weights.result
  return Math.round((sum / total) * 10) / 10
}
