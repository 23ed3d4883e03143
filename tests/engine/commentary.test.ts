/**
 * 说明 sentences (spec §9): the report's own examples word for word, English counterparts that
 * carry the same figures, and deduction sentences that give the points and the deduction.
 */
import { evaluate, problem, D } from '../../src/engine';
import { indicator, sampleInputs, sampleWith, sampleWithValue } from './helpers';

const zh = evaluate(sampleInputs());
const en = evaluate(sampleInputs(), { lang: 'en' });

describe('the examples of spec §9, exactly', () => {
  it.each([
    [
      'budget_expenditure_rate',
      '部门预算支出率=本年实际支出÷调整后预算数×100%=672.18÷681.72×100%=98.60%，按支出率计分，得5.92分（满分6分），扣0.08分：支出率未达100%。',
    ],
    [
      'stock_funds_change',
      '财政存量资金变动率=（153.52÷164.25−1）×100%=−6.53%，未达到“≤−15%”的满分标准，得1.00分（满分3分）。',
    ],
    ['staff_control_rate', '财政供养人员控制率=29÷31×100%=93.55%，未超编，得2.00分（满分2分）。'],
    ['financial_compliance', '财务合规性为人工评定，得4.00分（满分4分）。'],
  ])('%s', (id, sentence) => {
    expect(indicator(zh, id).commentary).toBe(sentence);
  });
});

describe('English commentary', () => {
  it('every indicator has a sentence, in English, with its score and weight', () => {
    for (const r of en.indicators) {
      expect(r.commentary.length).toBeGreaterThan(20);
      expect(r.commentary).not.toMatch(/[得分满扣]/); // no Chinese scoring words left behind
      expect(r.commentary).toContain(`${r.score?.toFixed(2)} of ${r.weight.toFixed()} points`);
    }
  });

  it.each([
    ['budget_expenditure_rate', ['672.18', '681.72', '98.60%', '5.92', '6', '0.08']],
    ['stock_funds_change', ['153.52', '164.25', '−6.53%', '1.00', '3', '−15%']],
    ['staff_control_rate', ['29', '31', '93.55%', '2.00']],
    ['procurement_rate', ['8.695', '8.795', '98.86%', '1.98', '0.02']],
    ['satisfaction', ['0.95', '95.00%', '4.00', '90%']],
    ['financial_compliance', ['4.00', '4 points', 'manually']],
  ])('%s carries the figures', (id, figures) => {
    const s = indicator(en, id).commentary;
    for (const f of figures) expect(s).toContain(f);
  });

  it('every Chinese sentence has an English counterpart', () => {
    expect(en.indicators.map((i) => i.id)).toEqual(zh.indicators.map((i) => i.id));
    zh.indicators.forEach((r, k) => expect(en.indicators[k].commentary).not.toBe(r.commentary));
  });
});

describe('deduction sentences', () => {
  it('deductAbove: the excess, the points per point, the score and the deduction', () => {
    // 33 ÷ 31 = 106.45%; 2 − 0.2 × 6.45 = 0.71
    const r = indicator(evaluate(sampleWith({ PE_StaffActual: 33 })), 'staff_control_rate');
    expect(r.score?.toFixed(2)).toBe('0.71');
    expect(r.commentary).toBe(
      '财政供养人员控制率=33÷31×100%=106.45%，超过100%共6.45个百分点，每个百分点扣0.2分，得0.71分（满分2分），扣1.29分。',
    );
    const e = indicator(evaluate(sampleWith({ PE_StaffActual: 33 }), { lang: 'en' }), 'staff_control_rate');
    for (const f of ['106.45%', '6.45', '0.2', '0.71 of 2 points', '1.29 deducted'])
      expect(e.commentary).toContain(f);
  });

  it('deductBelow: the shortfall, the points per point, the score and the deduction', () => {
    // 85% satisfaction: 4 − 0.2 × 5 = 3.00
    const r = indicator(evaluate(sampleWith({ PE_Satisfaction: 0.85 })), 'satisfaction');
    expect(r.commentary).toBe(
      '公众或服务对象满意度=满意度×100%=0.85×100%=85.00%，低于90%共5.00个百分点，每个百分点扣0.2分，得3.00分（满分4分），扣1.00分。',
    );
    const e = indicator(evaluate(sampleWith({ PE_Satisfaction: 0.85 }), { lang: 'en' }), 'satisfaction');
    for (const f of ['85.00%', '5.00', 'below 90%', '0.2', '3.00 of 4 points', '1.00 deducted'])
      expect(e.commentary).toContain(f);
  });

  it('a partial manual score says 扣', () => {
    const r = indicator(evaluate(sampleWith({ PE_Score_FinancialCompliance: 3.5 })), 'financial_compliance');
    expect(r.commentary).toBe('财务合规性为人工评定，得3.50分（满分4分），扣0.50分。');
    const e = indicator(
      evaluate(sampleWith({ PE_Score_FinancialCompliance: 3.5 }), { lang: 'en' }),
      'financial_compliance',
    );
    expect(e.commentary).toContain('0.50 deducted');
  });

  it('full marks carry no deduction', () => {
    for (const id of [
      'staff_control_rate',
      'satisfaction',
      'financial_compliance',
      'key_task_completion',
      'carryover_rate',
    ]) {
      expect(indicator(zh, id).commentary).not.toContain('扣');
    }
  });

  it('a band met gives the full-mark standard', () => {
    expect(indicator(zh, 'carryover_rate').commentary).toBe(
      '结转结余率=100%−部门预算支出率=100%−98.60%=1.40%，达到“≤10%”的满分标准，得3.00分（满分3分）。',
    );
  });
});

describe('notes and safety', () => {
  it('a warning is noted after the sentence', () => {
    const v = {
      name: 'PE_Expenditure',
      address: '基础数据!C5',
      number: new D('672.18'),
      problems: [problem('textNumber', 'PE_Expenditure', { address: '基础数据!C5', detail: '672.18' })],
    };
    const r = indicator(evaluate(sampleWithValue(v)), 'budget_expenditure_rate');
    expect(
      r.commentary.startsWith('部门预算支出率=本年实际支出÷调整后预算数×100%=672.18÷681.72×100%=98.60%'),
    ).toBe(true);
    expect(r.commentary).toContain(
      '注：“本年实际支出数”（PE_Expenditure，基础数据!C5）为以文本形式存储的数字',
    );
  });

  it('no sentence starts like a formula (it is written to a sheet as text)', () => {
    for (const r of [...zh.indicators, ...en.indicators]) expect(r.commentary).not.toMatch(/^[=+\-@]/);
  });
});
