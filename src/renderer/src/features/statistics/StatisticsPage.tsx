/** Placeholder for the statistics section until the feature replaces this page. */
import { SectionPlaceholder } from '../../app/SectionPlaceholder'

export default function StatisticsPage() {
  return <SectionPlaceholder section="statistics" actions={['suggestions']} />
}
