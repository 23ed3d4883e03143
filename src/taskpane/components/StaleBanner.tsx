/**
 * 评价表已过期: which inputs changed since the sheet was written, and a way to recalculate. After a
 * co-author's edit it also says who should recalculate: the clerk who owns the figures.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { StalenessState } from '../hooks/useStaleness';
import type { Translate } from '../i18n';
import { DASH } from './format';

export function StaleBanner({
  staleness,
  busy,
  onRecalculate,
  t,
}: {
  staleness: StalenessState;
  busy: boolean;
  onRecalculate: () => void;
  t: Translate;
}) {
  if (!staleness.stale) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="status" aria-label={t('staleTitle')}>
      <MessageBarBody>
        <MessageBarTitle>{t('staleTitle')}</MessageBarTitle>
        {staleness.remote && <p>{t('staleRemote')}</p>}
        {t('staleBody')}
        <ul aria-label={t('staleBody')}>
          {staleness.changedInputs.map((c) => (
            <li key={c.name}>
              {t('staleChange', {
                label: c.label,
                name: c.name,
                before: c.before ?? DASH,
                now: c.now ?? DASH,
              })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy} onClick={onRecalculate}>
          {t('recalculate')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
