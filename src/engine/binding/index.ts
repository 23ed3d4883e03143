/** Binding: finding an input's figure by its label in a clerk's own sheets. Pure, like the engine. */
export { proposeBindings } from './match';
export type {
  BindingProposals,
  Candidate,
  FoundWithoutValue,
  Proposal,
  ProposeOptions,
  SourceUnit,
  ValueForm,
} from './match';
export { WARNING_COST, type BindingWarning } from './warnings';
export { numberInText, type NumberText } from './cellText';
export { LABEL_RULES, compileRules, type LabelRule, type GridRule } from './catalog';
export { normaliseLabel, announcedUnit, isUnitCell, isProse, type MoneyUnit } from './normalise';
export {
  cellAddress,
  columnName,
  parseRange,
  type GridCell,
  type GridSheet,
  type SheetVisibility,
} from './grid';
export {
  FUNCTIONAL_COLUMNS,
  FUNCTIONAL_TABLE_NAME,
  findFunctionalTable,
  type FunctionalColumn,
  type FunctionalFigure,
  type FunctionalHeading,
  type FunctionalRow,
  type FunctionalTableCandidate,
  type FunctionalTableOptions,
  type FunctionalTableProposal,
  type FunctionalTableSearch,
  type RefusedFunctionalTable,
} from './functionalTable';
