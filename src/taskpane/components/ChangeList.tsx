/** 本次变化: after a recalculation, each indicator whose value or score moved, and the total. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeReport } from '../../workbook/changes';
import type { Translate } from '../i18n';
import { DASH, percent, points } from './format';

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export function ChangeList({ changes, t }: { changes: ChangeReport; t: Translate }) {
  const styles = useStyles();
  return (
    <section className={styles.box} aria-labelledby="changes-title">
      <h2 id="changes-title" className={styles.title}>
        {t('changesTitle')}
      </h2>
      {changes.indicators.length === 0 ? (
        <p>{t('changesNone')}</p>
      ) : (
        <ul className={styles.list} aria-label={t('changesTitle')}>
          {changes.indicators.map((c) => (
            <li key={c.id}>
              {t('changeLine', {
                name: c.name,
                oldValue: percent(c.oldValue),
                newValue: percent(c.newValue),
                oldScore: points(c.oldScore),
                newScore: points(c.newScore),
              })}
            </li>
          ))}
        </ul>
      )}
      <p className={styles.total}>
        {t('changesTotalLine', {
          oldTotal: points(changes.oldTotal),
          newTotal: points(changes.newTotal),
          oldGrade: changes.oldGrade ?? DASH,
          newGrade: changes.newGrade ?? DASH,
        })}
      </p>
    </section>
  );
}
