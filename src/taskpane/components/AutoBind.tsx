/**
 * 自动识别: find the figures by their labels in the department's own sheets, let the clerk untick,
 * choose or repoint each one, and on 确认 write 绩效数据 and the names (two syncs).
 */
import {
  Button,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useState } from 'react';
import { D, fromNumber, inputDef } from '../../engine';
import { numberInText, type BindingWarning, type Candidate, type Proposal } from '../../engine/binding';
import {
  planBinding,
  readForBinding,
  type BindingRead,
  type SheetCells,
} from '../../workbook/binding/bindFlow';
import { DATA_INPUTS, DATA_SHEET_NAME, dataCellRef, layoutDataSheet } from '../../workbook/binding/dataSheet';
import { OfficeActionError } from '../../workbook/office/actionErrors';
import { ForeignSheetError, type RawCell } from '../../workbook/port';
import type { PaneBinding, PaneHost } from '../host';
import { errorText } from '../hooks/errorText';
import type { MessageKey, Translate } from '../i18n';
import { useTableStyles } from './styles';
import { FunctionalTableRow } from './FunctionalTableRow';

type Phase = 'idle' | 'reading' | 'ready' | 'writing';
type Notice = { intent: 'success' | 'error' | 'info'; text: string } | null;

function shown(c: Candidate): string {
  const unit = c.sourceUnit === '元' ? '万元' : (inputDef(c.name)?.unit.zh ?? '');
  const converted = c.sourceUnit === '元' ? `（${String(c.raw)} 元）` : '';
  return `${c.value}${unit ? ` ${unit}` : ''}${converted}`;
}

const WARNING_KEY: Record<BindingWarning, MessageKey> = {
  numberAsText: 'autoWarnNumberAsText',
  hiddenSheet: 'autoWarnHiddenSheet',
  veryHiddenSheet: 'autoWarnVeryHiddenSheet',
  notLinked: 'autoWarnNotLinked',
  unitByScale: 'autoWarnUnitByScale',
};

/**
 * A candidate made from the selected cell, when the clerk repoints an input at it: a number, or a
 * number stored as text that VALUE() reads in every host (linked through it, with its warning).
 */
function fromSelection(name: string, address: string, cell: RawCell, label: string): Candidate | undefined {
  const kind = inputDef(name)?.kind;
  const asText = cell.kind === 'text' ? numberInText(cell.value) : undefined;
  let value: string;
  if (cell.kind === 'number') value = fromNumber(cell.value).toFixed();
  else if (cell.kind === 'text' && asText?.valueReadable) value = new D(asText.value).toFixed();
  else return undefined;
  return {
    name,
    sheet: address.split('!')[0] ?? '',
    row: 0,
    col: 0,
    address,
    label,
    labelAddress: address,
    value,
    raw: cell.value,
    sourceUnit: kind === 'money' ? '万元' : '',
    unitAssumed: kind === 'money',
    confidence: 1,
    how: 'label',
    ...(asText ? { warnings: ['numberAsText' as const], form: 'numberText' as const } : {}),
  };
}

/**
 * The warning when some sheet's merged cells could not be read: a merged heading then reads as
 * its top-left cell only, so a figure under it may be missed. Said once, not per sheet, when the
 * host cannot read merges at all.
 */
function mergeNotice(sheets: SheetCells[], t: Translate): string | null {
  if (sheets.some((s) => s.mergesUnread === 'unsupported')) return t('autoMergesUnsupported');
  const many = sheets.filter((s) => s.mergesUnread === 'tooMany').map((s) => s.name);
  if (many.length === 0) return null;
  const quoted = many.map((n) => `“${n}”`).join(t('listSeparator'));
  return t('autoMergesTooMany', { sheets: quoted });
}

export function AutoBind({
  host,
  binding,
  t,
  onWritten,
}: {
  host: PaneHost;
  binding: PaneBinding;
  t: Translate;
  onWritten: () => Promise<void>;
}) {
  const styles = useTableStyles();
  const [phase, setPhase] = useState<Phase>('idle');
  const [read, setRead] = useState<BindingRead | null>(null);
  const [skip, setSkip] = useState<Set<string>>(new Set());
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const [notice, setNotice] = useState<Notice>(null);
  /** What the host could not read of the merged cells, said beside the results. */
  const [mergeNote, setMergeNote] = useState<string | null>(null);

  const recognise = async () => {
    setPhase('reading');
    setNotice(null);
    setMergeNote(null);
    try {
      let sheets: SheetCells[] = [];
      const result = await readForBinding({
        ...host.port,
        readSheetCells: async () => (sheets = await binding.readSheetCells()),
      });
      setMergeNote(mergeNotice(sheets, t));
      setRead(result);
      // A very hidden sheet's figure starts unticked: the clerk cannot see that sheet to check it,
      // so it is bound only when they tick it (bind's default 0.8 leaves it out likewise).
      setSkip(
        new Set(
          result.proposals.proposals
            .filter((p) => p.warnings?.includes('veryHiddenSheet'))
            .map((p) => p.name),
        ),
      );
      // A choice starts at the most confident candidate; the clerk may pick another.
      const table = result.proposals.functionalTable?.proposal;
      setChosen(
        new Map([
          ...result.proposals.proposals
            .filter((p) => p.alternatives.length > 0)
            .map((p): [string, string] => [p.name, p.address]),
          ...(table && table.alternatives.length > 0 ? [[table.name, table.id] as [string, string]] : []),
        ]),
      );
      if (result.proposals.proposals.length === 0 && !table)
        setNotice({ intent: 'info', text: t('autoNothing') });
      setPhase('ready');
    } catch (e) {
      setNotice({ intent: 'error', text: t('autoFailed', { message: errorText(e) }) });
      setPhase('idle');
    }
  };

  const repoint = async (p: Proposal) => {
    try {
      const sel = await binding.readSelection();
      const mine = fromSelection(p.name, sel.address, sel.cell, t('autoSelected'));
      if (!mine) {
        setNotice({ intent: 'error', text: t('autoNotNumber', { address: sel.address }) });
        return;
      }
      setRead(
        (r) =>
          r && {
            ...r,
            proposals: {
              ...r.proposals,
              proposals: r.proposals.proposals.map((x) =>
                x.name === p.name ? { ...mine, alternatives: [] } : x,
              ),
            },
          },
      );
      setChosen((m) => new Map([...m].filter(([k]) => k !== p.name)));
    } catch (e) {
      setNotice({ intent: 'error', text: t('autoFailed', { message: errorText(e) }) });
    }
  };

  const confirm = async () => {
    if (!read) return;
    setPhase('writing');
    try {
      // What the clerk saw and left ticked is bound, whatever its confidence.
      const plan = planBinding(read, { minConfidence: 0, chosen, skip });
      await binding.writeBinding(
        layoutDataSheet(plan.rows, { functional: plan.functional.block }),
        plan.names,
      );
      setNotice({
        intent: 'success',
        text: t('autoWritten', {
          sheet: DATA_SHEET_NAME,
          bound: plan.bound.length + (plan.functional.status === 'bound' ? 1 : 0),
          typed: plan.toType.length,
        }),
      });
      setRead(null);
      setPhase('idle');
      await onWritten();
    } catch (e) {
      const text =
        e instanceof ForeignSheetError
          ? t('autoForeign', { sheet: e.sheetName })
          : t('autoFailed', { message: errorText(e) });
      setNotice({ intent: 'error', text });
      setPhase('ready');
    }
  };

  const select = (address: string) => {
    host.selectAddress(address).catch((e: unknown) => {
      // A proposal may come from a hidden sheet, which Excel cannot show (the door does not unhide it).
      const text =
        e instanceof OfficeActionError && e.reason === 'hiddenSheet'
          ? t('selectHiddenSheet', { address, sheet: e.sheetName ?? '' })
          : t('selectFailed', { address, message: errorText(e) });
      setNotice({ intent: 'error', text });
    });
  };

  const proposals = read?.proposals.proposals ?? [];
  const table = read?.proposals.functionalTable?.proposal;
  const proposed = new Set(proposals.map((p) => p.name));
  const existing = new Set(read?.existing.map((e) => e.name) ?? []);
  const missing = read
    ? DATA_INPUTS.map((d) => d.name).filter((n) => !proposed.has(n) && !existing.has(n))
    : [];

  return (
    <section aria-label={t('autoTitle')}>
      <div>
        <Button
          size="small"
          disabled={phase === 'reading' || phase === 'writing'}
          onClick={() => void recognise()}
        >
          {t('autoRecognise')}
        </Button>{' '}
        {phase === 'reading' && <Spinner size="extra-tiny" label={t('autoReading')} />}
      </div>
      <div aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {read && (
        <>
          {mergeNote && (
            <MessageBar intent="warning" data-testid="merge-notice">
              <MessageBarBody>{mergeNote}</MessageBarBody>
            </MessageBar>
          )}
          <table className={`${styles.table} ${styles.fixed}`} aria-label={t('autoTitle')}>
            <colgroup>
              <col style={{ width: '40%' }} />
              <col style={{ width: '35%' }} />
              <col style={{ width: '25%' }} />
            </colgroup>
            <thead>
              <tr>
                <th className={styles.th}>{t('colInput')}</th>
                <th className={styles.th}>{t('autoFound')}</th>
                <th className={styles.th}>{t('colValue')}</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((p) => {
                const options = [p, ...p.alternatives];
                const current = options.find((c) => c.address === chosen.get(p.name)) ?? p;
                return (
                  <tr key={p.name} data-proposal={p.name}>
                    <td className={`${styles.td} ${styles.wrap}`}>
                      <Checkbox
                        checked={!skip.has(p.name)}
                        onChange={(_e, d) =>
                          setSkip((s) => {
                            const n = new Set(s);
                            if (d.checked) n.delete(p.name);
                            else n.add(p.name);
                            return n;
                          })
                        }
                        label={inputDef(p.name)?.label.zh ?? p.name}
                      />
                      <div className={styles.small}>{p.name}</div>
                    </td>
                    <td className={`${styles.td} ${styles.wrap}`}>
                      {current.label}
                      <div className={styles.small}>
                        <Link
                          as="button"
                          className={styles.link}
                          onClick={() => select(current.address)}
                          aria-label={t('selectCell', { address: current.address })}
                        >
                          {current.address}
                        </Link>
                      </div>
                      {options.length > 1 && (
                        <Select
                          size="small"
                          aria-label={t('autoChoose', { name: p.name })}
                          value={current.address}
                          onChange={(_e, d) => setChosen((m) => new Map(m).set(p.name, d.value))}
                        >
                          {options.map((c) => (
                            <option key={c.address} value={c.address}>
                              {`${c.address}：${shown(c)}`}
                            </option>
                          ))}
                        </Select>
                      )}
                    </td>
                    <td className={`${styles.td} ${styles.wrap}`}>
                      {shown(current)}
                      <div className={styles.small}>
                        {options.length > 1
                          ? t('autoChoice', { count: options.length })
                          : t('autoConfidence', { value: Math.round(current.confidence * 100) })}
                      </div>
                      {current.unitAssumed && (
                        <div className={styles.small} data-unit-assumed>
                          {t('autoUnitAssumed')}
                        </div>
                      )}
                      {(current.warnings ?? []).length > 0 && (
                        <ul className={styles.messages} aria-label={t('autoWarnings')}>
                          {(current.warnings ?? []).map((w) => (
                            <li key={w} className={styles.small} data-warning={w}>
                              ⚠ {t(WARNING_KEY[w])}
                            </li>
                          ))}
                        </ul>
                      )}
                      <Button size="small" appearance="subtle" onClick={() => void repoint(p)}>
                        {t('autoRepoint')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
              {table && !existing.has(table.name) && (
                <FunctionalTableRow
                  table={table}
                  chosen={chosen.get(table.name)}
                  skipped={skip.has(table.name)}
                  sheet={DATA_SHEET_NAME}
                  t={t}
                  onSkip={(off) =>
                    setSkip((s) => {
                      const n = new Set(s);
                      if (off) n.add(table.name);
                      else n.delete(table.name);
                      return n;
                    })
                  }
                  onChoose={(id) => setChosen((m) => new Map(m).set(table.name, id))}
                  onSelect={select}
                />
              )}
            </tbody>
          </table>
          {read.proposals.foundWithoutValue.map((f) => (
            <p key={`${f.name}${f.labelAddress}`} className={styles.small}>
              {t('autoNoValue', { label: f.label, address: f.labelAddress, name: f.name })}
            </p>
          ))}
          {!table && !existing.has('PE_FunctionalTable') && (
            <p className={styles.small}>{t('autoTableNone', { sheet: DATA_SHEET_NAME })}</p>
          )}
          {missing.length > 0 && (
            <div>
              <p>{t('autoMissing', { count: missing.length, sheet: DATA_SHEET_NAME })}</p>
              <ul className={styles.messages} aria-label={t('autoMissingList')}>
                {missing.map((n) => (
                  <li key={n} className={styles.small}>
                    {inputDef(n)?.label.zh ?? n}（{n}）→ {dataCellRef(n)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {existing.size > 0 && (
            <p className={styles.small}>{t('autoExisting', { names: [...existing].join('、') })}</p>
          )}
          <Button appearance="primary" disabled={phase === 'writing'} onClick={() => void confirm()}>
            {t('autoConfirm')}
          </Button>
        </>
      )}
    </section>
  );
}
