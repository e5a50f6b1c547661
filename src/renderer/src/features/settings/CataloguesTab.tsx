/** 分类 and 届次/会次 side by side: the two lists registration and statistics pick from. */
import { Col, Row } from 'antd'
import { CategoriesPanel } from './CategoriesPanel'
import { SessionsPanel } from './SessionsPanel'

export function CataloguesTab({ readOnly }: { readOnly: boolean }) {
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={9}>
        <CategoriesPanel readOnly={readOnly} />
      </Col>
      <Col xs={24} xl={15}>
        <SessionsPanel readOnly={readOnly} />
      </Col>
    </Row>
  )
}
