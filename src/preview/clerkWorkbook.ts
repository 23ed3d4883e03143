/**
 * A department's own workbook with none of the add-in's names: the 坪石 2020 figures as a clerk
 * keeps them in budget tables, for 自动识别 in the previews and the browser tests
 * (`?book=clerk`). The 三公 table is transposed under merged headings, with 合计 last, so its
 * totals stand under covered cells: only a host that reports merged areas finds them.
 * CLERK_TYPED holds what the clerk then types into 绩效数据 (figures no budget table holds).
 */
import { fakeWorkbookFromSpec, type FakeWorkbook, type FakeWorkbookSpec } from './fakeExcel';
import type { FakeWorkbookOptions } from './fakeExcel/workbook';

export const CLERK_SPEC: FakeWorkbookSpec = {
  sheets: [
    {
      name: '收支决算总表',
      cells: {
        A1: '乐昌市人民政府坪石办事处2020年度收入支出决算总表',
        D2: '单位：万元',
        A3: '项目',
        B3: '行次',
        C3: '年初预算数',
        D3: '全年预算数',
        E3: '决算数',
        F3: '上年决算数',
        A4: '合计',
        B4: 1,
        C4: 624.04,
        D4: 681.72,
        E4: 672.18,
        F4: 741.9,
        A5: '一般公共服务支出',
        B5: 2,
        C5: 561.58,
        D5: 600,
        E5: 600.59,
        F5: 452.3,
      },
      merges: ['A1:F1'],
    },
    {
      name: '三公经费',
      cells: {
        A1: '“三公”经费支出情况表',
        A2: '单位：万元',
        A3: '项目',
        B3: '上年预算数',
        E3: '预算数',
        H3: '决算数',
        B4: '因公出国（境）费',
        C4: '公务接待费',
        D4: '合计',
        E4: '因公出国（境）费',
        F4: '公务接待费',
        G4: '合计',
        H4: '因公出国（境）费',
        I4: '公务接待费',
        J4: '合计',
        A5: '金额',
        B5: 0,
        C5: 4.29,
        D5: 14.29,
        E5: 0,
        F5: 4,
        G5: 13,
        H5: 0,
        I5: 3.66,
        J5: 12.46,
      },
      merges: ['A3:A4', 'B3:D3', 'E3:G3', 'H3:J3'],
    },
    {
      name: '基本情况',
      cells: {
        A1: '部门名称',
        B1: '乐昌市人民政府坪石办事处',
        A2: '一、资产总额：',
        B2: '万元',
        C2: 316.7,
        A3: '（一）流动资产',
        B3: '万元',
        C3: 164.89,
        A4: '（二）固定资产',
        B4: '万元',
        C4: 152.11,
        A5: '注：资产总额含流动资产和固定资产。',
        A6: '核定编制数（含工勤）',
        B6: 31,
        C6: '人',
        A7: '实有人数',
        B7: 29,
        C7: '人',
        A8: '年度重点工作任务数',
      },
    },
  ],
  names: [],
};

/** The figures no budget table holds, typed by the clerk into 绩效数据 after binding. */
export const CLERK_TYPED: Readonly<Record<string, number>> = {
  PE_Year: 2020,
  PE_PublicFundsBudget: 103.08,
  PE_PublicFundsActual: 102.47,
  PE_StockFundsEnd: 153.52,
  PE_StockFundsPriorEnd: 164.25,
  PE_ProcurementPlan: 8.795,
  PE_ProcurementActual: 8.695,
  PE_AssetsIntangible: 0,
  PE_AssetsInProgress: 0,
  PE_AssetsOther: 0,
  PE_FixedAssetsInUse: 152.03,
  PE_OfficialsActual: 24,
  PE_OfficialsAuthorized: 26,
  PE_KeyTasksPlanned: 8,
  PE_KeyTasksDone: 8,
  PE_TargetsSet: 40,
  PE_TargetsMet: 40,
  PE_ProjectsTotal: 6,
  PE_ProjectsOnTime: 6,
  PE_OutcomesSet: 11,
  PE_OutcomesMet: 11,
  PE_DisputesTotal: 32,
  PE_DisputesResolved: 32,
  PE_Satisfaction: 0.95,
  PE_Score_GoalRelevance: 5,
  PE_Score_GoalReasonableness: 5,
  PE_Score_FinancialCompliance: 4,
  PE_Score_InfoDisclosure: 4,
  PE_Score_AssetSafety: 2,
  PE_Score_RiskControl: 5,
  PE_Score_Institutions: 6,
};

export function clerkWorkbook(options: FakeWorkbookOptions = {}): FakeWorkbook {
  return fakeWorkbookFromSpec(CLERK_SPEC, options);
}
