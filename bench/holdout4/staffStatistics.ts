/**
 * staffStatistics: the staff tables an HR system (人事 / 工资统计 / 编制实名制 software) exports:
 * the 人员增减变动统计表 (人员类别 | 年初人数 | 本年增加 | 本年减少 | 年末人数 | 全年平均人数 | 其中：女),
 * rows 总计 / 编制内 (公务员（行政编制）, 事业编制, 机关工勤) / 编制外 (编外聘用, 劳务派遣) and
 * 离退休 under 另：, the totals at the top or the bottom; the 编制使用情况 strip of 实名制
 * (rows 核定编制数 / 实有人数 / 空编数 over 合计 / 行政 / 事业 / 工勤); the 岗位设置 table of the
 * 事业 staff (管理 / 专业技术 / 工勤技能 岗位, 核定 | 聘用).
 *
 * Answers: 年末人数 of the 编制内 subtotal (在编人数, 工勤 included) and of 公务员（行政编制）; the
 * strip's 核定编制数 合计 and 行政 (and its 实有人数, the same figures again). Distractors: 总计 with
 * the 编制外 staff, 年初人数, 平均人数, the 编制外 rows, 离退休, 空编数, the 岗位 counts.
 */
import type { Ctx } from '../holdout/common';
import { chance, int, pick, sumStaff } from '../holdout/figures';
import type { SheetBuilder } from '../holdout/workbook';
import { coverSheet, putCount, type Mark } from '../holdout3/helpers';

interface Line {
  label: string;
  end: number;
  mark?: string;
  /** 年末 distractor reason, when the row's year-end figure looks like an input and is not. */
  why?: string;
}

/** 年初 = 年末 − 增加 + 减少, and the average between both. */
function movement(next: Ctx['next'], end: number): { begin: number; add: number; drop: number; avg: number } {
  const add = end === 0 ? 0 : int(next, 0, Math.min(4, end));
  const drop = int(next, 0, 3);
  const begin = end - add + drop;
  return { begin, add, drop, avg: Math.round((begin + end) / 2) };
}

function changeTable(s: SheetBuilder, ctx: Ctx): string {
  const { d, next } = ctx;
  const a = d.staffActual;
  const inPost = sumStaff(a);
  const temp = chance(next, 0.75) ? int(next, 1, 15) : 0;
  const dispatched = chance(next, 0.4) ? int(next, 1, 8) : 0;
  const outside = temp + dispatched;
  const female = chance(next, 0.6);
  const heads = [
    '人员类别',
    '年初人数',
    '本年增加',
    '本年减少',
    '年末人数',
    '全年平均人数',
    ...(female ? ['其中：女'] : []),
  ];
  s.mergedText(
    0,
    0,
    0,
    heads.length - 1,
    pick(next, [`${d.year}年度人员增减变动统计表`, '在职人员情况统计表', '人员变动情况表']),
  );
  s.set(1, 0, `填报单位：${d.name}`);
  s.set(1, heads.length - 1, `统计时点：${d.year}年12月31日`);
  s.line(2, 0, heads);
  const inLabel = pick(next, ['一、编制内人员', '编制内人员小计', '在编人员']);
  const lines: Line[] = [
    { label: inLabel, end: inPost, mark: 'PE_StaffActual' },
    {
      label: pick(next, ['  公务员（行政编制）', '  行政编制人员']),
      end: a.admin,
      mark: 'PE_OfficialsActual',
    },
    { label: '  事业编制人员', end: a.institution },
    { label: pick(next, ['  机关工勤人员', '  工勤编制人员']), end: a.worker },
  ];
  if (outside > 0) {
    lines.push({
      label: pick(next, ['二、编制外人员', '编制外人员小计']),
      end: outside,
      why: '编制外, not on the establishment',
    });
    if (temp > 0)
      lines.push({ label: '  编外聘用人员', end: temp, why: '编外聘用, not on the establishment' });
    if (dispatched > 0)
      lines.push({ label: '  劳务派遣人员', end: dispatched, why: '劳务派遣, not on the establishment' });
  }
  const total: Line = {
    label: pick(next, ['总计', '在职人员总计', '合计']),
    end: inPost + outside,
    mark: outside === 0 ? 'PE_StaffActual' : undefined,
    why: outside === 0 ? undefined : '总计 includes the 编制外 staff',
  };
  const totalAtTop = chance(next, 0.6);
  const rows = totalAtTop ? [total, ...lines] : [...lines, total];
  let r = 3;
  const moves = new Map<Line, ReturnType<typeof movement>>();
  for (const l of rows) if (l !== total) moves.set(l, movement(next, l.end));
  // The total's movement is the sum of its parts (the 编制内 / 编制外 subtotals).
  const subs = lines.filter((l) => !l.label.startsWith('  '));
  const sumOf = (k: 'begin' | 'add' | 'drop' | 'avg'): number =>
    subs.reduce((n, l) => n + (moves.get(l)?.[k] ?? 0), 0);
  // The 编制内 subtotal moves as its three rows do.
  const inParts = lines.slice(1, 4);
  const inMove = {
    begin: inParts.reduce((n, l) => n + (moves.get(l)?.begin ?? 0), 0),
    add: inParts.reduce((n, l) => n + (moves.get(l)?.add ?? 0), 0),
    drop: inParts.reduce((n, l) => n + (moves.get(l)?.drop ?? 0), 0),
    avg: inParts.reduce((n, l) => n + (moves.get(l)?.avg ?? 0), 0),
  };
  moves.set(lines[0], inMove);
  const outLines = lines.filter((l) => l.label.startsWith('  ') && !inParts.includes(l));
  if (outside > 0) {
    const sub = lines[4];
    moves.set(sub, {
      begin: outLines.reduce((n, l) => n + (moves.get(l)?.begin ?? 0), 0),
      add: outLines.reduce((n, l) => n + (moves.get(l)?.add ?? 0), 0),
      drop: outLines.reduce((n, l) => n + (moves.get(l)?.drop ?? 0), 0),
      avg: outLines.reduce((n, l) => n + (moves.get(l)?.avg ?? 0), 0),
    });
  }
  moves.set(total, { begin: sumOf('begin'), add: sumOf('add'), drop: sumOf('drop'), avg: sumOf('avg') });
  for (const l of rows) {
    const mv = moves.get(l) ?? movement(next, l.end);
    s.set(r, 0, l.label);
    const isStaffRow = l.mark === 'PE_StaffActual' || l.mark === 'PE_OfficialsActual';
    const name = l.mark ?? 'PE_StaffActual';
    putCount(
      s,
      r,
      1,
      mv.begin,
      isStaffRow ? { distractor: { name, why: '年初人数, the start of the year' } } : {},
    );
    putCount(s, r, 2, mv.add);
    putCount(s, r, 3, mv.drop);
    const endMark: Mark = l.mark
      ? { truth: { name: l.mark, label: `${l.label.trim()} 年末人数` } }
      : l.why
        ? { distractor: { name: 'PE_StaffActual', why: l.why } }
        : {};
    putCount(s, r, 4, l.end, endMark);
    putCount(
      s,
      r,
      5,
      mv.avg,
      isStaffRow ? { distractor: { name, why: '全年平均人数, not the year-end count' } } : {},
    );
    if (female) putCount(s, r, 6, Math.floor(l.end * (0.3 + next() * 0.3)));
    r++;
  }
  if (chance(next, 0.8)) {
    s.set(r, 0, pick(next, ['另：离退休人员', '附：离退休人员']));
    putCount(s, r, 4, d.retired, { distractor: { name: 'PE_StaffActual', why: '离退休, not in post' } });
    r++;
    if (d.retired > 0 && chance(next, 0.6)) {
      const lix = int(next, 0, Math.min(2, d.retired));
      s.set(r, 0, '  其中：离休');
      putCount(s, r, 4, lix);
      s.set(r + 1, 0, '        退休');
      putCount(s, r + 1, 4, d.retired - lix);
    }
  }
  return `change${totalAtTop ? '-top' : '-bottom'}${outside > 0 ? '+outside' : ''}`;
}

/** The 实名制 编制使用情况 strip: measures as rows, 编制 kinds as columns. */
function quotaStrip(s: SheetBuilder, ctx: Ctx, r0: number): string {
  const { d, next } = ctx;
  const au = d.staffAuthorized;
  const ac = d.staffActual;
  s.set(r0, 0, pick(next, ['编制使用情况', '机构编制实名制信息']));
  s.line(r0 + 1, 0, ['项目', '合计', '行政编制', '事业编制', '工勤编制']);
  const authLabel = pick(next, ['核定编制数', '编制数']);
  s.set(r0 + 2, 0, authLabel);
  putCount(s, r0 + 2, 1, sumStaff(au), { truth: { name: 'PE_StaffAuthorized', label: `${authLabel} 合计` } });
  putCount(s, r0 + 2, 2, au.admin, {
    truth: { name: 'PE_OfficialsAuthorized', label: `${authLabel} 行政编制` },
  });
  putCount(s, r0 + 2, 3, au.institution);
  putCount(s, r0 + 2, 4, au.worker);
  s.set(r0 + 3, 0, '实有人数');
  putCount(s, r0 + 3, 1, sumStaff(ac), { also: 'PE_StaffActual' });
  putCount(s, r0 + 3, 2, ac.admin, { also: 'PE_OfficialsActual' });
  putCount(s, r0 + 3, 3, ac.institution);
  putCount(s, r0 + 3, 4, ac.worker);
  s.set(r0 + 4, 0, '空编数');
  putCount(s, r0 + 4, 1, sumStaff(au) - sumStaff(ac), {
    distractor: { name: 'PE_StaffAuthorized', why: '空编数, vacancies' },
  });
  putCount(s, r0 + 4, 2, au.admin - ac.admin, {
    distractor: { name: 'PE_OfficialsAuthorized', why: '空编数, vacancies' },
  });
  putCount(s, r0 + 4, 3, au.institution - ac.institution);
  putCount(s, r0 + 4, 4, au.worker - ac.worker);
  return 'strip';
}

/** The 岗位设置 table of the 事业 staff. */
function postTable(s: SheetBuilder, ctx: Ctx, r0: number): string {
  const { d, next } = ctx;
  const n = d.staffActual.institution;
  const mgmt = Math.floor(n * 0.3);
  const tech = Math.floor(n * 0.5);
  const skill = n - mgmt - tech;
  s.set(r0, 0, pick(next, ['事业单位岗位设置情况', '岗位聘用情况']));
  s.line(r0 + 1, 0, ['岗位类别', '核定岗位数', '实际聘用']);
  const rows: [string, number][] = [
    ['管理岗位', mgmt],
    ['专业技术岗位', tech],
    ['工勤技能岗位', skill],
  ];
  rows.forEach(([label, k], i) => {
    s.set(r0 + 2 + i, 0, label);
    putCount(s, r0 + 2 + i, 1, k + int(next, 0, 2));
    putCount(s, r0 + 2 + i, 2, k);
  });
  s.set(r0 + 5, 0, '合计');
  putCount(s, r0 + 5, 2, n, { distractor: { name: 'PE_StaffActual', why: '事业 posts only' } });
  return 'posts';
}

export function staffStatistics(ctx: Ctx): string {
  const { b, d, next } = ctx;
  const out: string[] = [];
  if (chance(next, 0.2)) coverSheet(ctx, `${d.year}年度人员统计报表`);
  const s = b.addSheet(pick(next, ['人员统计', '人员增减', 'Sheet1', '人事报表']));
  out.push(changeTable(s, ctx));
  const sameSheet = chance(next, 0.5);
  let r = s.sheet.rows.length + 2;
  if (chance(next, 0.65)) {
    const t = sameSheet ? s : b.addSheet('编制情况');
    out.push(quotaStrip(t, ctx, sameSheet ? r : 0));
    if (sameSheet) r += 7;
  }
  if (d.staffActual.institution >= 3 && chance(next, 0.5)) {
    const t = sameSheet ? s : b.addSheet('岗位设置');
    out.push(postTable(t, ctx, sameSheet ? r : 0));
  }
  return out.join('|');
}
