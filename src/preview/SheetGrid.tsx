/**
 * A read-only picture of the fake workbook: sheet tabs and a grid of shown values. Clicking a
 * cell selects it in the fake (as a click in Excel would), so the pane's "绑定到所选单元格" can
 * be tried.
 */
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { a1, columnLetter } from '../workbook/sheetModel';
import { cellText } from './cellText';
import { CellError, type FakeWorkbook } from './fakeExcel';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', maxHeight: '70vh', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
    position: 'sticky',
    top: 0,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: 0,
    maxWidth: '22em',
  },
  cellButton: {
    display: 'block',
    width: '100%',
    minHeight: '1.6em',
    padding: '1px 4px',
    border: 'none',
    background: 'none',
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    cursor: 'cell',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  number: { textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

export function SheetGrid({
  wb,
  sheetName,
  onSheet,
  onSelect,
}: {
  wb: FakeWorkbook;
  sheetName: string;
  onSheet: (name: string) => void;
  onSelect: (sheet: string, row: number, col: number) => void;
}) {
  const styles = useStyles();
  const sheet = wb.sheet(sheetName) ?? wb.sheets[0];
  const used = sheet?.usedRange(true);
  const rows = used ? used.r1 + 1 : 0;
  const cols = used ? used.c1 + 1 : 0;
  const sel = wb.selection && sheet && wb.selection.sheetId === sheet.id ? wb.selection.range : null;

  return (
    <div>
      <TabList
        size="small"
        selectedValue={sheet?.name}
        onTabSelect={(_, d) => onSheet(String(d.value))}
        aria-label="工作表 (sheets)"
      >
        {wb.sheets.map((s) => (
          <Tab key={s.id} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {sheet && (
        <div className={styles.wrap}>
          <table className={styles.table} aria-label={`工作表 ${sheet.name}`} data-sheet={sheet.name}>
            <thead>
              <tr>
                <th className={styles.head} aria-label="行号 (row)" />
                {Array.from({ length: cols }, (_, c) => (
                  <th key={c} className={styles.head} scope="col">
                    {columnLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th className={styles.head} scope="row">
                    {r + 1}
                  </th>
                  {Array.from({ length: cols }, (_, c) => {
                    const raw = wb.value(sheet, r, c);
                    const shown = raw instanceof CellError ? raw.code : raw;
                    const text = cellText(shown, sheet.get(r, c)?.numberFormat ?? 'General');
                    const isSelected =
                      sel !== null && r >= sel.r0 && r <= sel.r1 && c >= sel.c0 && c <= sel.c1;
                    const address = a1(r, c);
                    return (
                      <td
                        key={c}
                        className={`${styles.cell} ${isSelected ? styles.selected : ''}`}
                        data-address={address}
                      >
                        <button
                          type="button"
                          className={`${styles.cellButton} ${typeof shown === 'number' ? styles.number : ''}`}
                          title={text}
                          aria-label={`${address} ${text}`}
                          aria-pressed={isSelected}
                          onClick={() => onSelect(sheet.name, r, c)}
                        >
                          {text}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
