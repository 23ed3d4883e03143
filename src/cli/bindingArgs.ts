/** What `propose` and `bind` are given, once the command line has parsed it (commands/binding.ts). */
import type { Lang } from '../engine';

export interface BindingArgs {
  workbook?: string;
  out?: string;
  json: boolean;
  lang: Lang;
  /** As typed; checked by the command. */
  minConfidence?: string;
  help: boolean;
}
