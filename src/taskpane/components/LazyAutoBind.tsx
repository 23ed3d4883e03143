/**
 * 自动识别, loaded when the 数据 view first shows it. It carries the label matcher and the binding
 * flow (the largest part of the pane's own code), which the 评分 and 检查 views and the ribbon
 * never need, so they stay out of the scripts the pane loads at start (scripts/bundle-size.js
 * measures those). A chunk that cannot be loaded (the add-in's server unreachable mid-session)
 * says so in place, with a retry, instead of leaving the view blank.
 */
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useState, type ComponentProps, type ComponentType } from 'react';
import { errorText } from '../hooks/errorText';
import type { AutoBind as AutoBindComponent } from './AutoBind';

type Props = ComponentProps<typeof AutoBindComponent>;

/** Loaded once per pane: later mounts of the 数据 view render at once. */
let loaded: ComponentType<Props> | undefined;

function loadAutoBind(): Promise<ComponentType<Props>> {
  return import(/* webpackChunkName: "autobind" */ './AutoBind').then((m) => {
    loaded = m.AutoBind;
    return m.AutoBind;
  });
}

export function LazyAutoBind(props: Props) {
  const [component, setComponent] = useState<ComponentType<Props> | undefined>(() => loaded);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (component) return;
    let live = true;
    loadAutoBind().then(
      (c) => live && setComponent(() => c),
      (e: unknown) => live && setFailure(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [component, attempt]);

  const { t } = props;
  if (component) {
    const Loaded = component;
    return <Loaded {...props} />;
  }
  if (failure !== null) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {t('autoLoadFailed', { message: failure })}{' '}
          <Button
            size="small"
            onClick={() => {
              setFailure(null);
              setAttempt((n) => n + 1);
            }}
          >
            {t('retry')}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <Spinner size="tiny" label={t('autoLoading')} />;
}
