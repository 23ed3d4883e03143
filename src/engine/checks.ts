/**
 * Consistency checks (spec §6). They report; they never change a score. A check whose inputs
 * have problems is "not checkable" (ok = null), never passed.
 */
import { D, fmt2, fmtPlain, type Decimal } from './decimal';
import { inputDef } from './inputs';
import type { InputValue, Inputs, TableRow } from './inputValues';
import { pick, type Label, type Lang } from './labels';
import { isError } from './problems';
import type { CheckResult } from './result';

const TOLERANCE = new D('0.005');

/** A numeric input if it is usable. */
export type Usable = (name: string) => Decimal | undefined;

interface CheckDef {
  id: string;
  title: Label;
  run(ctx: CheckContext): CheckResult;
}

interface CheckContext {
  get: Usable;
  inputs: Inputs;
  lang: Lang;
}

const label = (name: string, lang: Lang): string => {
  const d = inputDef(name);
  return d ? pick(d.label, lang) : name;
};

function notCheckable(id: string, title: string, names: string[], lang: Lang): CheckResult {
  const zh = lang === 'zh';
  const list = names
    .map((n) => (zh ? `${label(n, lang)}（${n}）` : `${label(n, lang)} (${n})`))
    .join(zh ? '、' : ', ');
  return {
    id,
    ok: null,
    title,
    message: zh ? `无法检查：${list}有问题或缺失。` : `Not checkable: ${list} missing or has a problem.`,
  };
}

function unusable(ctx: CheckContext, names: string[]): string[] {
  return names.filter((n) => ctx.get(n) === undefined);
}

const ASSET_PARTS = [
  'PE_AssetsCurrent',
  'PE_AssetsFixed',
  'PE_AssetsIntangible',
  'PE_AssetsInProgress',
  'PE_AssetsOther',
];

const COUNT_PAIRS: [done: string, base: string][] = [
  ['PE_KeyTasksDone', 'PE_KeyTasksPlanned'],
  ['PE_TargetsMet', 'PE_TargetsSet'],
  ['PE_ProjectsOnTime', 'PE_ProjectsTotal'],
  ['PE_OutcomesMet', 'PE_OutcomesSet'],
  ['PE_DisputesResolved', 'PE_DisputesTotal'],
];

const wan = (x: Decimal, lang: Lang): string => (lang === 'zh' ? `${fmt2(x)}万元` : `${fmt2(x)} (10k CNY)`);

function sumCheck(
  id: string,
  title: Label,
  column: 'budget' | 'final',
  totalName: string,
  columnLabel: Label,
): CheckDef {
  return {
    id,
    title,
    run(ctx) {
      const t = pick(title, ctx.lang);
      const table = ctx.inputs.PE_FunctionalTable;
      const total = ctx.get(totalName);
      if (!table || table.problems.some(isError) || !table.table || total === undefined) {
        return notCheckable(
          id,
          t,
          [
            ...(tableUsable(table) ? [] : ['PE_FunctionalTable']),
            ...(total === undefined ? [totalName] : []),
          ],
          ctx.lang,
        );
      }
      const rows: TableRow[] = table.table;
      const sum = rows.reduce((acc, r) => acc.plus(r[column] ?? 0), new D(0));
      const diff = sum.minus(total).abs();
      const ok = diff.lte(TOLERANCE);
      const zh = ctx.lang === 'zh';
      const col = pick(columnLabel, ctx.lang);
      const target = label(totalName, ctx.lang);
      const message = ok
        ? zh
          ? `功能分类表${col}合计${wan(sum, 'zh')}，与${target}${wan(total, 'zh')}一致。`
          : `The functional table’s ${col} adds up to ${wan(sum, 'en')}, equal to ${target} ${wan(total, 'en')}.`
        : zh
          ? `功能分类表${col}合计${wan(sum, 'zh')}，${target}为${wan(total, 'zh')}，相差${wan(diff, 'zh')}。`
          : `The functional table’s ${col} adds up to ${wan(sum, 'en')}, but ${target} is ${wan(total, 'en')}: a difference of ${wan(diff, 'en')}.`;
      return { id, ok, title: t, message };
    },
  };
}

function tableUsable(v: InputValue | undefined): boolean {
  return !!v && !v.problems.some(isError) && !!v.table;
}

export const CHECKS: readonly CheckDef[] = [
  {
    id: 'assets_composition',
    title: { zh: '资产构成', en: 'Asset composition' },
    run(ctx) {
      const t = pick(this.title, ctx.lang);
      const bad = unusable(ctx, ['PE_AssetsTotal', ...ASSET_PARTS]);
      if (bad.length) return notCheckable(this.id, t, bad, ctx.lang);
      const parts = ASSET_PARTS.map((n) => ctx.get(n) as Decimal);
      const sum = parts.reduce((a, b) => a.plus(b), new D(0));
      const total = ctx.get('PE_AssetsTotal') as Decimal;
      const diff = sum.minus(total).abs();
      const ok = diff.lte(TOLERANCE);
      const zh = ctx.lang === 'zh';
      const names = ASSET_PARTS.map((n) => label(n, ctx.lang)).join(zh ? '+' : ' + ');
      const figures = parts.map((p) => fmtPlain(p)).join(zh ? '+' : ' + ');
      const lhs = zh ? `${names}=${figures}=${wan(sum, 'zh')}` : `${names} = ${figures} = ${wan(sum, 'en')}`;
      const message = ok
        ? zh
          ? `${lhs}，与资产总额一致。`
          : `${lhs}, equal to total assets.`
        : zh
          ? `${lhs}，资产总额为${wan(total, 'zh')}，相差${wan(diff, 'zh')}。`
          : `${lhs}, but total assets are ${wan(total, 'en')}: a difference of ${wan(diff, 'en')}.`;
      return { id: this.id, ok, title: t, message };
    },
  },
  sumCheck(
    'functional_budget_sum',
    { zh: '功能分类预算合计', en: 'Functional table: initial budget total' },
    'budget',
    'PE_BudgetInitial',
    { zh: '年初预算数', en: 'initial budget' },
  ),
  sumCheck(
    'functional_expenditure_sum',
    { zh: '功能分类决算合计', en: 'Functional table: expenditure total' },
    'final',
    'PE_Expenditure',
    { zh: '本年决算数', en: 'final account' },
  ),
  {
    id: 'fixed_in_use_within_total',
    title: { zh: '在用固定资产不超过固定资产', en: 'Fixed assets in use within fixed assets' },
    run(ctx) {
      const t = pick(this.title, ctx.lang);
      const bad = unusable(ctx, ['PE_FixedAssetsInUse', 'PE_AssetsFixed']);
      if (bad.length) return notCheckable(this.id, t, bad, ctx.lang);
      const inUse = ctx.get('PE_FixedAssetsInUse') as Decimal;
      const fixed = ctx.get('PE_AssetsFixed') as Decimal;
      const ok = inUse.lte(fixed.plus(TOLERANCE));
      const zh = ctx.lang === 'zh';
      const message = zh
        ? `实际在用固定资产${wan(inUse, 'zh')}${ok ? '不超过' : '超过'}固定资产${wan(fixed, 'zh')}。`
        : `Fixed assets in use ${wan(inUse, 'en')} ${ok ? 'do not exceed' : 'exceed'} fixed assets ${wan(fixed, 'en')}.`;
      return { id: this.id, ok, title: t, message };
    },
  },
  {
    id: 'counts_within_base',
    title: { zh: '完成数不超过计划数', en: 'Completed counts within their base' },
    run(ctx) {
      const t = pick(this.title, ctx.lang);
      const zh = ctx.lang === 'zh';
      const all = COUNT_PAIRS.flat();
      const bad = unusable(ctx, all);
      if (bad.length) return notCheckable(this.id, t, bad, ctx.lang);
      const over = COUNT_PAIRS.filter(([d, b]) => (ctx.get(d) as Decimal).gt(ctx.get(b) as Decimal));
      if (over.length === 0) {
        return {
          id: this.id,
          ok: true,
          title: t,
          message: zh
            ? '重点任务、绩效指标、项目、效果指标、矛盾纠纷的完成数均不超过其计划数。'
            : 'Every completed count (tasks, targets, projects, outcomes, disputes) is within its base.',
        };
      }
      const list = over
        .map(([d, b]) => {
          const dv = fmtPlain(ctx.get(d) as Decimal);
          const bv = fmtPlain(ctx.get(b) as Decimal);
          return zh
            ? `${label(d, 'zh')}${dv}大于${label(b, 'zh')}${bv}`
            : `${label(d, 'en')} ${dv} exceeds ${label(b, 'en')} ${bv}`;
        })
        .join(zh ? '；' : '; ');
      return { id: this.id, ok: false, title: t, message: zh ? `${list}。` : `${list}.` };
    },
  },
];

/** Run every check; the functional-table sums only when the table exists (spec §6). */
export function runChecks(inputs: Inputs, get: Usable, lang: Lang): CheckResult[] {
  const hasTable =
    inputs.PE_FunctionalTable !== undefined &&
    !inputs.PE_FunctionalTable.problems.some((p) => p.code === 'missing');
  return CHECKS.filter((c) => hasTable || !c.id.startsWith('functional_')).map((c) =>
    c.run({ get, inputs, lang }),
  );
}
