/**
 * Turning untrusted data (a JSON file, rows of a 评分规则 sheet) into a RuleSet, or refusing it
 * with messages that name the indicator (row) and the field. Nothing is scored with a rule set
 * that did not pass.
 */
import { D, fmtPlain, type Decimal } from './decimal';
import { formulaFor } from './indicators';
import type { Label, Lang } from './labels';
import {
  RULE_KINDS,
  type Grade,
  type GradeBand,
  type IndicatorSpec,
  type Rule,
  type RuleSet,
} from './ruleSet';
import { DEFAULT_RULE_SET } from './defaultRuleSet';

export interface RuleSetIssue {
  /** 0-based position of the indicator in the rule set; undefined for rule-set-wide issues. */
  index?: number;
  indicator?: string;
  field: string;
  message: Label;
}

export type RuleSetParse = { ok: true; ruleSet: RuleSet } | { ok: false; issues: RuleSetIssue[] };

const GRADES: readonly Grade[] = ['优', '良', '中', '差'];

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A decimal from a JSON number or decimal string; undefined when it is neither. */
function dec(x: unknown): Decimal | undefined {
  if (typeof x === 'number' && Number.isFinite(x)) return new D(String(x));
  if (typeof x === 'string' && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(x)) return new D(x.trim());
  return undefined;
}

function label(x: unknown, fallback: Label): Label {
  if (typeof x === 'string') return x === fallback.zh ? fallback : { zh: x, en: x };
  if (isObj(x) && typeof x.zh === 'string') return { zh: x.zh, en: typeof x.en === 'string' ? x.en : x.zh };
  return fallback;
}

export function parseRuleSet(raw: unknown): RuleSetParse {
  const issues: RuleSetIssue[] = [];
  const add = (field: string, zh: string, en: string, index?: number, indicator?: string): void => {
    issues.push({ index, indicator, field, message: { zh, en } });
  };
  if (!isObj(raw)) {
    add('', '规则集应为一个对象', 'a rule set must be an object');
    return { ok: false, issues };
  }
  const id = typeof raw.id === 'string' && raw.id.trim() ? raw.id.trim() : '';
  if (!id) add('id', '缺少规则集标识（id）', 'the rule set has no id');
  const defaults = new Map(DEFAULT_RULE_SET.indicators.map((i) => [i.id, i]));
  const list = Array.isArray(raw.indicators) ? raw.indicators : [];
  if (!Array.isArray(raw.indicators) || list.length === 0)
    add('indicators', '没有任何指标', 'there are no indicators');

  const seen = new Set<string>();
  const indicators: IndicatorSpec[] = [];
  let sum = new D(0);
  list.forEach((item: unknown, index) => {
    if (!isObj(item)) {
      add('', '应为一个对象', 'must be an object', index);
      return;
    }
    const iid = typeof item.id === 'string' ? item.id.trim() : '';
    const known = defaults.get(iid);
    if (!known) {
      add('id', `未知指标“${iid}”`, `unknown indicator "${iid}"`, index, iid);
      return;
    }
    if (seen.has(iid)) add('id', `指标“${iid}”重复`, `indicator "${iid}" appears twice`, index, iid);
    seen.add(iid);
    const w = dec(item.weight);
    if (!w) add('weight', '分值不是数字', 'the weight is not a number', index, iid);
    else if (w.isNeg() && !w.isZero())
      add('weight', `分值为负数（${fmtPlain(w)}）`, `the weight is negative (${fmtPlain(w)})`, index, iid);
    else sum = sum.plus(w);
    const rule = parseRule(item.rule, w, iid, index, add);
    if (w && rule) {
      indicators.push({
        id: iid,
        level1: label(item.level1, known.level1),
        level2: label(item.level2, known.level2),
        name: label(item.name, known.name),
        weight: w.toFixed(),
        rule,
      });
    }
  });
  if (list.length && !sum.eq(100) && issues.every((i) => i.field !== 'weight')) {
    add(
      'weight',
      `各指标分值合计为${sum.toFixed()}，应为100`,
      `the weights add up to ${sum.toFixed()}, not 100`,
    );
  }

  const grades = parseGrades(raw.grades, add);
  if (issues.length) return { ok: false, issues };
  return { ok: true, ruleSet: { id, name: label(raw.name, { zh: id, en: id }), indicators, grades } };
}

type Add = (field: string, zh: string, en: string, index?: number, indicator?: string) => void;

function parseRule(
  x: unknown,
  w: Decimal | undefined,
  id: string,
  index: number,
  add: Add,
): Rule | undefined {
  if (!isObj(x) || typeof x.kind !== 'string') {
    add('rule', '缺少计分规则', 'the rule is missing', index, id);
    return undefined;
  }
  const kind = x.kind;
  if (!(RULE_KINDS as readonly string[]).includes(kind)) {
    add('rule.kind', `未知计分规则“${kind}”`, `unknown rule kind "${kind}"`, index, id);
    return undefined;
  }
  if (kind !== 'manual' && !formulaFor(id)) {
    add(
      'rule.kind',
      '此指标没有计算公式，只能人工评分（manual）',
      'this indicator has no formula; its rule must be manual',
      index,
      id,
    );
    return undefined;
  }
  const need = (field: string, zhName: string, nonNeg = false): string | undefined => {
    const d = dec(x[field]);
    if (!d) {
      add(`rule.${field}`, `${zhName}不是数字`, `${field} is not a number`, index, id);
      return undefined;
    }
    if (nonNeg && d.isNeg() && !d.isZero()) {
      add(`rule.${field}`, `${zhName}为负数`, `${field} is negative`, index, id);
      return undefined;
    }
    return d.toFixed();
  };
  switch (kind) {
    case 'proportional': {
      const target = need('target', '满分目标值');
      if (target && new D(target).lte(0)) {
        add('rule.target', '满分目标值应大于0', 'target must be greater than 0', index, id);
        return undefined;
      }
      return target ? { kind, target } : undefined;
    }
    case 'deductAbove':
    case 'deductBelow': {
      const threshold = need('threshold', '阈值');
      const perPoint = need('perPoint', '每个百分点扣分', true);
      return threshold && perPoint ? { kind, threshold, perPoint } : undefined;
    }
    case 'bandsUpTo': {
      const bands = Array.isArray(x.bands) ? x.bands : undefined;
      if (!bands || bands.length === 0) {
        add('rule.bands', '缺少分档', 'bands are missing', index, id);
        return undefined;
      }
      const out: { upTo: string; score: string }[] = [];
      let prev: Decimal | undefined;
      for (const [bi, b] of bands.entries()) {
        const up = isObj(b) ? dec(b.upTo) : undefined;
        const sc = isObj(b) ? dec(b.score) : undefined;
        if (!up || !sc) {
          add(
            `rule.bands[${bi}]`,
            `第${bi + 1}档的上限或得分不是数字`,
            `band ${bi + 1}: upTo or score is not a number`,
            index,
            id,
          );
          return undefined;
        }
        if (prev && !up.gt(prev)) {
          add(
            `rule.bands[${bi}]`,
            `分档上限应递增（第${bi + 1}档 ${up.toFixed()} 不大于前一档 ${prev.toFixed()}）`,
            `band bounds must ascend (band ${bi + 1}: ${up.toFixed()} is not above ${prev.toFixed()})`,
            index,
            id,
          );
          return undefined;
        }
        if (sc.isNeg() || (w && sc.gt(w))) {
          add(
            `rule.bands[${bi}]`,
            `第${bi + 1}档得分应在0到分值之间`,
            `band ${bi + 1}: the score must lie between 0 and the weight`,
            index,
            id,
          );
          return undefined;
        }
        prev = up;
        out.push({ upTo: up.toFixed(), score: sc.toFixed() });
      }
      const otherwise = x.otherwise === undefined ? '0' : need('otherwise', '其余情况得分', true);
      if (otherwise && w && new D(otherwise).gt(w)) {
        add(
          'rule.otherwise',
          '其余情况得分不能超过分值',
          'the otherwise score cannot exceed the weight',
          index,
          id,
        );
        return undefined;
      }
      return otherwise ? { kind, bands: out, otherwise } : undefined;
    }
    case 'manual': {
      const input = typeof x.input === 'string' ? x.input.trim() : '';
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(input)) {
        add(
          'rule.input',
          '人工评分应给出名称（如 PE_Score_RiskControl）',
          'a manual rule needs a range name (e.g. PE_Score_RiskControl)',
          index,
          id,
        );
        return undefined;
      }
      return { kind, input };
    }
  }
  return undefined;
}

function parseGrades(x: unknown, add: Add): GradeBand[] {
  if (x === undefined) return DEFAULT_RULE_SET.grades;
  if (!Array.isArray(x) || x.length === 0) {
    add('grades', '等次设置应为非空列表', 'grades must be a non-empty list');
    return [];
  }
  const out: GradeBand[] = [];
  for (const [i, g] of x.entries()) {
    const min = isObj(g) ? dec(g.min) : undefined;
    const grade = isObj(g) ? g.grade : undefined;
    if (!min || typeof grade !== 'string' || !(GRADES as readonly string[]).includes(grade)) {
      add(
        `grades[${i}]`,
        '等次应为 优/良/中/差，下限为数字',
        'a grade must be 优/良/中/差 with a numeric minimum',
      );
      continue;
    }
    out.push({ min: min.toFixed(), grade: grade as Grade });
  }
  // Every complete total must get a grade: the lowest band has to start at 0 or below.
  if (out.length && !out.some((g) => new D(g.min).lte(0))) {
    add(
      'grades',
      '等次设置须有一档下限为0（否则部分总分没有等次）',
      'one grade must start at 0 or below, or some totals get no grade',
    );
  }
  return out;
}

/**
 * One line per issue, in the user's language: “第3个指标（budget_control_rate） 字段 weight：分值为负数（−1）”.
 * `rowOf` lets a sheet reader say where the indicator sits (评分规则!第12行); `whole` prefixes issues
 * that concern the whole rule set.
 */
export function describeRuleSetIssue(
  issue: RuleSetIssue,
  lang: Lang,
  rowOf?: (index: number) => string,
  whole = '',
): string {
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (issue.index !== undefined) {
    const where = rowOf
      ? rowOf(issue.index)
      : zh
        ? `第${issue.index + 1}个指标`
        : `indicator ${issue.index + 1}`;
    parts.push(
      issue.indicator ? (zh ? `${where}（${issue.indicator}）` : `${where} (${issue.indicator})`) : where,
    );
    if (issue.field) parts.push(zh ? `字段 ${issue.field}` : `field ${issue.field}`);
  } else {
    if (whole) parts.push(whole);
    if (issue.field) parts.push(zh ? `字段 ${issue.field}` : `field ${issue.field}`);
  }
  const msg = zh ? issue.message.zh : issue.message.en;
  return parts.length ? `${parts.join(' ')}${zh ? '：' : ': '}${msg}` : msg;
}
