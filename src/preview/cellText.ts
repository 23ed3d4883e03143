/**
 * How the preview grid shows a cell: the shown value under its number format, for the few
 * formats the sample and the evaluation sheet use. Decimal arithmetic, as everywhere else.
 */
import { fromNumber, round } from '../engine';

const thousands = (fixed: string): string => {
  const [int, frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
};

export function cellText(value: number | string | boolean | null, numberFormat: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const d = fromNumber(value);
  const percent = /^0(\.(0+))?%$/.exec(numberFormat);
  if (percent) return `${round(d.times(100), percent[2]?.length ?? 0).toFixed(percent[2]?.length ?? 0)}%`;
  const fixed = /^(#,##)?0(\.(0+))?$/.exec(numberFormat);
  if (fixed) {
    const dp = fixed[3]?.length ?? 0;
    const text = round(d, dp).toFixed(dp);
    return fixed[1] ? thousands(text) : text;
  }
  return d.toFixed();
}
