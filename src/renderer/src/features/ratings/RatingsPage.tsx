/** Placeholder for the ratings section until the feature replaces this page. */
import { SectionPlaceholder } from '../../app/SectionPlaceholder'

export default function RatingsPage() {
  return <SectionPlaceholder section="ratings" actions={['importRatings']} />
}
