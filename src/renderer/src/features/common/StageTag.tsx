/** The stage of a suggestion as a coloured tag. */
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { SuggestionStage } from '@shared/domain/model'

export const stageColours: Record<SuggestionStage, string> = {
  registered: 'default',
  accepted: 'cyan',
  'not-accepted': 'volcano',
  withdrawn: 'default',
  merged: 'purple',
  assigned: 'blue',
  closed: 'green',
}

export const SUGGESTION_STAGES = Object.keys(stageColours) as SuggestionStage[]

export function StageTag({ stage }: { stage: SuggestionStage }) {
  const { t } = useTranslation('workflow')
  return (
    <Tag color={stageColours[stage]} data-testid="stage-tag" style={{ marginInlineEnd: 0 }}>
      {t(`stages.${stage}`)}
    </Tag>
  )
}
