/**
 * Is the written evaluation sheet still true to the figures? Checked once on open, and after
 * every edit the host reports (debounced, so typing a column of figures costs one read). With
 * 自动重新计算 on, a stale sheet is rewritten straight away.
 *
 * Loop guard: the Office adapter already ignores edits on the evaluation sheet; on top of that,
 * events arriving while our own run is in progress are dropped here.
 */
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { Lang } from '../../engine';
import { checkFreshness, type ChangedInput } from '../../workbook/freshness';
import type { PaneHost } from '../host';
import { errorText } from './errorText';

export const STALENESS_DEBOUNCE_MS = 250;

export interface StalenessState {
  /** An evaluation sheet of ours exists. */
  evaluated: boolean;
  stale: boolean;
  changedInputs: ChangedInput[];
  /** null until the subscription is settled; false when the host has no change events. */
  eventsSupported: boolean | null;
  error: string | null;
  check: () => Promise<void>;
}

export interface StalenessOptions {
  /** True while our own evaluation runs (its writes are not the clerk's edits). */
  runningRef: MutableRefObject<boolean>;
  autoRecalc: boolean;
  recalculate: () => Promise<void>;
  /** Called after each edit has been checked (e.g. to refresh the inputs' status). */
  onEdited?: () => void;
}

export function useStaleness(host: PaneHost, lang: Lang, options: StalenessOptions): StalenessState {
  const { runningRef, autoRecalc, recalculate } = options;
  const [state, setState] = useState<Omit<StalenessState, 'check' | 'eventsSupported'>>({
    evaluated: false,
    stale: false,
    changedInputs: [],
    error: null,
  });
  const [eventsSupported, setEventsSupported] = useState<boolean | null>(null);
  const latest = useRef(0);
  const onEdited = useRef(options.onEdited);
  onEdited.current = options.onEdited;

  const check = useCallback(async () => {
    const request = ++latest.current;
    try {
      const f = await checkFreshness(host.port, { lang });
      if (request === latest.current)
        setState({ evaluated: f.evaluated, stale: f.stale, changedInputs: f.changedInputs, error: null });
    } catch (e) {
      if (request === latest.current) setState((s) => ({ ...s, error: errorText(e) }));
    }
  }, [host, lang]);

  // On open (and when the language changes the labels): one check.
  useEffect(() => {
    void check();
  }, [check]);

  // Subscribe to edits. The subscription is asynchronous; an unmount before it settles still unsubscribes.
  const checkRef = useRef(check);
  checkRef.current = check;
  useEffect(() => {
    let disposed = false;
    let unsubscribe: (() => Promise<void>) | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handler = () => {
      if (disposed || runningRef.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        void checkRef.current().then(() => onEdited.current?.());
      }, STALENESS_DEBOUNCE_MS);
    };
    host
      .onInputsChanged(handler)
      .then((unsub) => {
        if (disposed) {
          void unsub?.();
          return;
        }
        unsubscribe = unsub;
        setEventsSupported(unsub !== null);
      })
      .catch(() => setEventsSupported(false));
    return () => {
      disposed = true;
      clearTimeout(timer);
      if (unsubscribe) void unsubscribe().catch(() => undefined);
    };
  }, [host, runningRef]);

  // 自动重新计算: rewrite a stale sheet once per stale state, never while a run is in progress.
  useEffect(() => {
    if (autoRecalc && state.stale && !runningRef.current) void recalculate();
  }, [autoRecalc, state.stale, recalculate, runningRef]);

  return { ...state, eventsSupported, check };
}
