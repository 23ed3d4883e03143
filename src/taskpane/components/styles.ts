/** Table styles shared by the three views (plain tables: light, and readable by screen readers). */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  // The pane is narrow (about 320–350 px): fixed columns, long values wrap instead of widening the table.
  fixed: { tableLayout: 'fixed' },
  wrap: { overflowWrap: 'anywhere' },
  link: { fontSize: tokens.fontSizeBase100 },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: 'anywhere',
  },
  td: {
    verticalAlign: 'top',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
  },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  problem: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  highlight: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  messages: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
