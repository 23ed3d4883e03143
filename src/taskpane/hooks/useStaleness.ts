/**
 * Is the written evaluation sheet still true to the figures? Checked once on open, and after
 * every edit the host reports (debounced, so typing a column of figures costs one read). With
 * 自动重新计算 on, a stale sheet is rewritten straight away, unless the edit that made it stale
 * came from a co-author (source 'Remote'): every reviewer's pane would then rewrite the sheet on
 * every remote keystroke and fight over it. A remote edit only marks the sheet stale; the clerk
 * who owns the figures recalculates.
 *
 * Loop guard: the Office adapter already ignores edits on the evaluation sheet; on top of that,
 * events arriving while our own run is in progress are dropped here.
 */
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { Lang } from '../../engine';
import { checkFreshness, type ChangedInput } from '../../workbook/freshness';
import type { InputsEdit, PaneHost } from '../host';
import { errorText } from './errorText';

export const STALENESS_DEBOUNCE_MS = 250;

export interface StalenessState {
  /** An evaluation sheet of ours exists. */
  evaluated: boolean;
  stale: boolean;
  /** The last edit came from a co-author: stale, but never recalculated automatically here. */
  remote: boolean;
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
  const [state, setState] = useState<Omit<StalenessState, 'check' | 'eventsSupported' | 'remote'>>({
    evaluated: false,
    stale: false,
    changedInputs: [],
    error: null,
  });
  const [remote, setRemote] = useState(false);
  // Source of the edits waiting for the debounced check: remote only if every one of them was.
  const pendingRemote = useRef<boolean | null>(null);
  const [eventsSupported, setEventsSupported] = useState<boolean | null>(null);
  const latest = useRef(0);
  const onEdited = useRef(options.onEdited);
  onEdited.current = options.onEdited;

  const check = useCallback(async () => {
    const request = ++latest.current;
    try {
      const f = await checkFreshness(host.port, { lang });
      if (request === latest.current) {
        setState({ evaluated: f.evaluated, stale: f.stale, changedInputs: f.changedInputs, error: null });
        if (!f.stale) setRemote(false);
      }
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
    const handler = (edit?: InputsEdit) => {
      if (disposed || runningRef.current) return;
      const isRemote = edit?.source === 'Remote';
      pendingRemote.current = (pendingRemote.current ?? true) && isRemote;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const fromRemote = pendingRemote.current === true;
        pendingRemote.current = null;
        // Set before the check: the check's stale result must never meet a stale `remote` of false.
        setRemote(fromRemote);
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

  // 自动重新计算: rewrite a stale sheet once per stale state, never while a run is in progress,
  // never for a co-author's edit.
  useEffect(() => {
    if (autoRecalc && state.stale && !remote && !runningRef.current) void recalculate();
  }, [autoRecalc, state.stale, remote, recalculate, runningRef]);

  return { ...state, remote, eventsSupported, check };
}
