/** Precision and recall of the label matcher over generated workbooks (shared by bench and tests). */
import { proposeBindings } from '../src/engine/binding';
import { generateWorkbook, type GeneratedWorkbook, type LayoutSet } from './bindingLayouts';

export interface BindingScore {
  workbooks: number;
  /** Figures present in the workbooks. */
  present: number;
  /** Decided proposals (no choice left to the clerk). */
  proposed: number;
  right: number;
  wrong: number;
  /** Inputs handed over as a choice; `choiceHolds` of them include the right cell. */
  choices: number;
  choiceHolds: number;
  wrongExamples: string[];
}

/**
 * `variant` rewrites each generated workbook first (bindingCellsLayouts.ts: figures stored as
 * text, typed into their label's cell, on hidden sheets), its truth with it.
 */
export function scoreBinding(
  set: LayoutSet,
  count: number,
  variant?: (wb: GeneratedWorkbook, seed: number) => GeneratedWorkbook,
): BindingScore {
  const s: BindingScore = {
    workbooks: count,
    present: 0,
    proposed: 0,
    right: 0,
    wrong: 0,
    choices: 0,
    choiceHolds: 0,
    wrongExamples: [],
  };
  for (let seed = 1; seed <= count; seed++) {
    const plain = generateWorkbook(set, seed);
    const wb = variant ? variant(plain, seed) : plain;
    s.present += wb.truth.size;
    const { proposals } = proposeBindings(wb.sheets);
    for (const p of proposals) {
      const truth = wb.truth.get(p.name);
      if (p.alternatives.length > 0) {
        s.choices++;
        if (truth && [p, ...p.alternatives].some((c) => c.address === truth.address)) s.choiceHolds++;
        continue;
      }
      // Inputs the generator did not lay out (PE_DeptName …) can only be wrong when proposed.
      s.proposed++;
      if (truth && truth.address === p.address && truth.value === p.value) s.right++;
      else {
        s.wrong++;
        if (s.wrongExamples.length < 8)
          s.wrongExamples.push(
            `${wb.family} #${seed}: ${p.name} ${p.address} (${p.label} = ${p.value}) but truth ${truth?.address ?? 'absent'} = ${truth?.value ?? '-'}`,
          );
      }
    }
  }
  return s;
}

export const precision = (s: BindingScore): number => (s.proposed === 0 ? 1 : s.right / s.proposed);
export const recall = (s: BindingScore): number => (s.present === 0 ? 1 : s.right / s.present);
