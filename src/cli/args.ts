/** Command-line arguments, parsed without a dependency: the surface is small and stable. */
import type { Lang } from '../engine';

export interface CliArgs {
  workbook?: string;
  out?: string;
  json: boolean;
  lang: Lang;
  sheet?: string;
  rules?: string;
  force: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { json: false, lang: 'zh', force: false, help: false };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(flag);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--json':
        args.json = true;
        break;
      case '--force':
        args.force = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--out':
      case '-o':
        args.out = value(i++, a);
        break;
      case '--sheet':
        args.sheet = value(i++, a);
        break;
      case '--rules':
        args.rules = value(i++, a);
        break;
      case '--lang': {
        const l = value(i++, a);
        if (l !== 'zh' && l !== 'en') throw new UsageError(`${a} ${l}`);
        args.lang = l;
        break;
      }
      default:
        if (a.startsWith('--lang=')) {
          const l = a.slice(7);
          if (l !== 'zh' && l !== 'en') throw new UsageError(a);
          args.lang = l;
        } else if (a.startsWith('-')) throw new UsageError(a);
        else if (args.workbook === undefined) args.workbook = a;
        else throw new UsageError(a);
    }
  }
  return args;
}
