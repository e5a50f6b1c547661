export { OperatorGate, type OperatorGateProps } from './OperatorGate'
export { OperatorBadge } from './OperatorBadge'
export { useOperator, canAdminister, canEdit, OperatorContext, type OperatorSession } from './operatorContext'
