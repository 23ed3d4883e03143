/**
 * Playing the user in the preview: change a budget figure (through the fake's API, so change
 * events fire as in Excel) and remove a name (to see a missing input and bind it again).
 */
// Native form controls on purpose: Fluent modules used here would land in the chunk the task
// pane shares with the preview and count against the pane's size budget.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { inputDef, INPUT_NAMES } from '../engine';
import type { FakeWorkbook } from './fakeExcel';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
    marginBottom: tokens.spacingVerticalS,
  },
  field: { display: 'flex', flexDirection: 'column', gap: '2px', fontSize: tokens.fontSizeBase200 },
  control: { font: 'inherit', padding: '4px 6px', minHeight: '28px', boxSizing: 'border-box' },
});

/** Single-cell inputs that exist in the workbook now, with the cell they point at. */
function singleCellInputs(wb: FakeWorkbook): { name: string; label: string; address: string }[] {
  const out: { name: string; label: string; address: string }[] = [];
  for (const name of INPUT_NAMES) {
    const entry = wb.workbookName(name);
    const def = inputDef(name);
    if (!entry || !def || def.kind === 'table' || def.kind === 'text') continue;
    const address = entry.refersTo.replace(/^=/, '').replace(/\$/g, '');
    if (address.includes(':') || address.includes('#REF!')) continue;
    out.push({ name, label: def.label.zh, address });
  }
  return out;
}

export function PreviewControls({ wb, onChanged }: { wb: FakeWorkbook; onChanged: () => void }) {
  const styles = useStyles();
  const inputs = singleCellInputs(wb);
  const [name, setName] = useState('PE_Expenditure');
  const [figure, setFigure] = useState('');
  const [removeName, setRemoveName] = useState('PE_ProcurementPlan');
  const [message, setMessage] = useState('');
  const chosen = inputs.find((i) => i.name === name) ?? inputs[0];

  const apply = () => {
    const text = figure.trim();
    if (!chosen || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) {
      setMessage('请输入一个数字 (enter a number)');
      return;
    }
    // Typed text, as a clerk types it: the fake interprets it the way Excel does.
    wb.setCellValue(chosen.address, text);
    setMessage(`已把 ${chosen.address} 改为 ${text}`);
    onChanged();
  };

  const remove = () => {
    const entry = wb.workbookName(removeName);
    if (!entry) {
      setMessage(`名称 ${removeName} 不存在`);
      return;
    }
    wb.deleteName(entry);
    setMessage(`已删除名称 ${removeName}（在任务窗格中点“刷新”或改动任一数据后可见）`);
    onChanged();
  };

  return (
    <section aria-label="预览操作 (preview controls)">
      <div className={styles.row}>
        <label className={styles.field}>
          修改数据项 (input)
          <select
            className={styles.control}
            value={chosen?.name ?? ''}
            onChange={(e) => setName(e.target.value)}
            data-testid="edit-input"
          >
            {inputs.map((i) => (
              <option key={i.name} value={i.name}>
                {i.label}（{i.name}，{i.address}）
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          新数值 (new figure)
          <input
            className={styles.control}
            value={figure}
            onChange={(e) => setFigure(e.target.value)}
            inputMode="decimal"
            data-testid="edit-figure"
          />
        </label>
        <Button onClick={apply}>应用 (apply)</Button>
      </div>
      <div className={styles.row}>
        <label className={styles.field}>
          删除名称 (remove a name)
          <select
            className={styles.control}
            value={removeName}
            onChange={(e) => setRemoveName(e.target.value)}
            data-testid="remove-name"
          >
            {INPUT_NAMES.filter((n) => wb.workbookName(n)).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <Button onClick={remove}>删除 (remove)</Button>
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
