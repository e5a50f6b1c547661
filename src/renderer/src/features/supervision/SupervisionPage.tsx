/** Placeholder for the supervision section until the feature replaces this page. */
import { SectionPlaceholder } from '../../app/SectionPlaceholder'

export default function SupervisionPage() {
  return <SectionPlaceholder section="supervision" actions={['calendar']} />
}
