/**
 * Excel's rules for a worksheet name, checked before anything is written: Excel refuses to open a
 * package whose sheet names break them ("We found a problem with some content"), and LibreOffice
 * renames such sheets silently, so a bad name must be stopped at the door that took it.
 */

export const MAX_SHEET_NAME_LENGTH = 31;

/** The characters Excel does not allow anywhere in a sheet name. */
export const FORBIDDEN_SHEET_NAME_CHARACTERS = [':', '\\', '/', '?', '*', '[', ']'] as const;

export type SheetNameProblem =
  | { kind: 'empty' }
  | { kind: 'tooLong'; length: number }
  | { kind: 'forbiddenCharacter'; character: string }
  | { kind: 'apostrophe' };

/**
 * What is wrong with a sheet name, or undefined when Excel accepts it. Length counts UTF-16 code
 * units, as Excel does (a character outside the BMP counts twice).
 */
export function sheetNameProblem(name: string): SheetNameProblem | undefined {
  if (name.trim() === '') return { kind: 'empty' };
  if (name.length > MAX_SHEET_NAME_LENGTH) return { kind: 'tooLong', length: name.length };
  const character = [...name].find((c) => (FORBIDDEN_SHEET_NAME_CHARACTERS as readonly string[]).includes(c));
  if (character !== undefined) return { kind: 'forbiddenCharacter', character };
  if (name.startsWith("'") || name.endsWith("'")) return { kind: 'apostrophe' };
  return undefined;
}

/** Excel compares sheet names without regard to case (and so does every name lookup here). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** Thrown by a writer asked to write a sheet under a name Excel would refuse. */
export class SheetNameError extends Error {
  constructor(
    public readonly sheetName: string,
    public readonly problem: SheetNameProblem | { kind: 'duplicate'; other: string },
  ) {
    super(`sheet name "${sheetName}" is not allowed (${problem.kind})`);
    this.name = 'SheetNameError';
  }
}
