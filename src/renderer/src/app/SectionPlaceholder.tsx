/**
 * The first page of a section that is not built yet: the section's icon, what it will do, and links to the
 * sections that already make sense. Texts come from `placeholder:<section>.*`.
 */
import { Button, Result, Space, Tag, theme } from 'antd'
import { useNavigate } from 'react-router-dom'
import { useTranslation } from 'react-i18next'
import { sectionById, type SectionId } from './sections'

type PlaceholderSection = Exclude<SectionId, 'home'>
export type PlaceholderAction = 'register' | 'import' | 'suggestions' | 'calendar' | 'workdays' | 'importRatings'

const actionTarget: Record<PlaceholderAction, SectionId> = {
  register: 'register',
  import: 'import',
  suggestions: 'suggestions',
  calendar: 'calendar',
  workdays: 'settings',
  importRatings: 'import',
}

export interface SectionPlaceholderProps {
  section: PlaceholderSection
  /** Buttons leading to other sections; the first is the primary one. */
  actions?: PlaceholderAction[]
}

export function SectionPlaceholder({ section, actions = [] }: SectionPlaceholderProps) {
  const { t } = useTranslation('placeholder')
  const navigate = useNavigate()
  const { token } = theme.useToken()
  const Icon = sectionById(section).icon
  return (
    <div className="section-placeholder" data-testid="section-placeholder">
      <Result
        icon={
          <span style={{ color: token.colorPrimary, fontSize: 64, opacity: 0.85 }}>
            <Icon />
          </span>
        }
        title={t(`${section}.title`)}
        subTitle={
          <Space orientation="vertical" size={12}>
            <span>{t(`${section}.description`)}</span>
            <Tag color="default" variant="outlined">
              {t('underConstruction')}
            </Tag>
          </Space>
        }
        extra={actions.map((action, index) => (
          <Button
            key={action}
            type={index === 0 ? 'primary' : 'default'}
            onClick={() => navigate(sectionById(actionTarget[action]).path)}
          >
            {t(`actions.${action}`)}
          </Button>
        ))}
      />
    </div>
  )
}
