/** Figures for display: Decimal → text at the edge, never through floats. */
import { fmt2, fmtPlain, type Decimal } from '../../engine';

export const DASH = '—';

export const percent = (v: Decimal | null): string => (v === null ? DASH : `${fmt2(v)}%`);
export const points = (v: Decimal | null): string => (v === null ? DASH : fmt2(v));
export const plain = (v: Decimal): string => fmtPlain(v);
