/** Arguments of `propose` and `bind` (kept apart from evaluate's so either can move to a command framework). */
import type { Lang } from '../engine';
import { UsageError } from './args';

export interface BindingArgs {
  workbook?: string;
  out?: string;
  json: boolean;
  lang: Lang;
  /** As typed; checked by the command. */
  minConfidence?: string;
  help: boolean;
}

export function parseBindingArgs(argv: readonly string[]): BindingArgs {
  const args: BindingArgs = { json: false, lang: 'zh', help: false };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(flag);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--out' || a === '-o') args.out = value(i++, a);
    else if (a === '--min-confidence') args.minConfidence = value(i++, a);
    else if (a.startsWith('--min-confidence=')) args.minConfidence = a.slice('--min-confidence='.length);
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const l = a === '--lang' ? value(i++, a) : a.slice(7);
      if (l !== 'zh' && l !== 'en') throw new UsageError(`${a} ${l}`);
      args.lang = l;
    } else if (a.startsWith('-')) throw new UsageError(a);
    else if (args.workbook === undefined) args.workbook = a;
    else throw new UsageError(a);
  }
  return args;
}
