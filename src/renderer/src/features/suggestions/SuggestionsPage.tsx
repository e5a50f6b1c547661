/**
 * The suggestions section: the list at #/suggestions and one suggestion at #/suggestions/:id (descendant
 * routes; the route table matches 'suggestions/*').
 */
import { Route, Routes } from 'react-router-dom'
import { RequireOperator } from '../common/RequireOperator'
import { SuggestionDetail } from './detail/SuggestionDetail'
import { SuggestionList } from './list/SuggestionList'

export default function SuggestionsPage() {
  return (
    <RequireOperator>
      <Routes>
        <Route index element={<SuggestionList />} />
        <Route path=":id" element={<SuggestionDetail />} />
      </Routes>
    </RequireOperator>
  )
}
