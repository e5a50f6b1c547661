/**
 * The suggestions section: the list at #/suggestions and one suggestion at #/suggestions/:id (descendant
 * routes; the route table matches 'suggestions/*'). The detail screen (its workflow forms, date pickers and
 * timeline) loads on first visit, so opening the list does not wait for its code; the list's module starts
 * loading the detail's in the background once it has rendered.
 */
import { lazy, Suspense } from 'react'
import { Flex, Spin } from 'antd'
import { Route, Routes } from 'react-router-dom'
import { RequireOperator } from '../common/RequireOperator'
import { SuggestionList } from './list/SuggestionList'
import { loadDetailScreen } from './detail/loadDetailScreen'

const SuggestionDetail = lazy(loadDetailScreen)

export default function SuggestionsPage() {
  return (
    <RequireOperator>
      <Routes>
        <Route index element={<SuggestionList />} />
        <Route
          path=":id"
          element={
            <Suspense
              fallback={
                <Flex align="center" justify="center" style={{ minHeight: 240 }}>
                  <Spin />
                </Flex>
              }
            >
              <SuggestionDetail />
            </Suspense>
          }
        />
      </Routes>
    </RequireOperator>
  )
}
