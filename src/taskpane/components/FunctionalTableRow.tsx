/**
 * The PE_FunctionalTable line of 自动识别: the table found (its source block with a link that
 * selects it, the rows, unit and confidence), a choice when two tables are alike, and a tick to
 * leave it out. Repointing at the selection is for one-cell inputs; a table is chosen, not drawn.
 */
import { Checkbox, Link, Select } from '@fluentui/react-components';
import type { FunctionalTableCandidate, FunctionalTableProposal } from '../../engine/binding';
import { COLUMN_LABEL } from '../../workbook/binding/functionalBlock';
import type { Translate } from '../i18n';
import { useTableStyles } from './styles';

function shown(c: FunctionalTableCandidate, t: Translate): string {
  const unit = c.sourceUnit === '元' ? '万元（原表为元）' : '万元';
  return `${t('autoTableRows', { rows: c.rows.length })}，${unit}`;
}

export function FunctionalTableRow({
  table,
  chosen,
  skipped,
  sheet,
  t,
  onSkip,
  onChoose,
  onSelect,
}: {
  table: FunctionalTableProposal;
  chosen: string | undefined;
  skipped: boolean;
  sheet: string;
  t: Translate;
  onSkip: (skip: boolean) => void;
  /** The reading chosen, by its id. */
  onChoose: (id: string) => void;
  onSelect: (address: string) => void;
}) {
  const styles = useTableStyles();
  const options = [table, ...table.alternatives];
  const current = options.find((c) => c.id === chosen) ?? table;
  return (
    <tr data-proposal={table.name}>
      <td className={`${styles.td} ${styles.wrap}`}>
        <Checkbox checked={!skipped} onChange={(_e, d) => onSkip(!d.checked)} label={t('autoTable')} />
        <div className={styles.small}>{table.name}</div>
      </td>
      <td className={`${styles.td} ${styles.wrap}`}>
        {current.label}
        <div className={styles.small}>
          <Link
            as="button"
            className={styles.link}
            onClick={() => onSelect(current.address)}
            aria-label={t('selectCell', { address: current.address })}
          >
            {current.address}
          </Link>
        </div>
        {options.length > 1 && (
          <Select
            size="small"
            aria-label={t('autoChoose', { name: table.name })}
            value={current.id}
            onChange={(_e, d) => onChoose(d.value)}
          >
            {options.map((c) => (
              <option key={c.id} value={c.id}>
                {`${c.address}：${c.label}，${shown(c, t)}`}
              </option>
            ))}
          </Select>
        )}
      </td>
      <td className={`${styles.td} ${styles.wrap}`}>
        {shown(current, t)}
        <div className={styles.small}>
          {options.length > 1
            ? t('autoChoice', { count: options.length })
            : t('autoConfidence', { value: Math.round(current.confidence * 100) })}
        </div>
        {current.missing.length > 0 && (
          <div className={styles.small}>
            {t('autoTableMissing', {
              columns: current.missing.map((c) => COLUMN_LABEL[c]).join('、'),
              sheet,
            })}
          </div>
        )}
      </td>
    </tr>
  );
}
