/** Placeholder for the replies section until the feature replaces this page. */
import { SectionPlaceholder } from '../../app/SectionPlaceholder'

export default function RepliesPage() {
  return <SectionPlaceholder section="replies" actions={['suggestions']} />
}
