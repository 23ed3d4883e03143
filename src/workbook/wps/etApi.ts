/**
 * The narrow slice of the WPS 表格 (ET) object model that the WPS door uses.
 *
 * Every member is typed from `et-jsapi-declare` (the official declarations, global namespaces `Et`
 * and `WPS`, listed in tsconfig `types`), and keeps its kind there: `Value2`, `NumberFormat`,
 * `RefersTo` are properties; `Address()`, `Item()`, `Clear()`, `Activate()` are methods. A type
 * test pins that the real `Application` is assignable to `EtApplication`, so a member spelled or
 * shaped differently from the declarations fails to compile. The fake ET host
 * (src/preview/fakeEt) implements these same interfaces; declaring only what we call keeps it honest.
 *
 * Unlike Office.js, the ET model is synchronous and throws where Office.js returns null objects:
 * `Names.Item` of a missing name, `Worksheets.Item` of a missing sheet, `RefersToRange` of a
 * `#REF!` or constant name. Callers catch per item.
 */

/** `Range.Rows` / `Range.Columns`: only their count is used. */
export interface EtCount {
  readonly Count: Et.Range['Count'];
}

export type EtFont = Pick<Et.Font, 'Bold' | 'Color' | 'Size'>;
export type EtInterior = Pick<Et.Interior, 'Color'>;

/** What `FormatConditions.Add` hands back: ET types it `any`; we set two colours on it. */
export interface EtFormatCondition {
  readonly Interior: EtInterior;
  readonly Font: EtFont;
}

export interface EtFormatConditions {
  Add(Type: Et.XlFormatConditionType, Operator?: number, Formula1?: string): EtFormatCondition;
  Delete(): void;
}

export interface EtRange {
  /** One cell: a scalar; several cells: a row-major 2-D array. Writing a string that starts with '=' makes a formula unless the cell is formatted as text ('@'). */
  Value2: Et.Range['Value2'];
  NumberFormat: Et.Range['NumberFormat'];
  readonly HasFormula: Et.Range['HasFormula'];
  /** 1-based row and column of the top-left cell. */
  readonly Row: Et.Range['Row'];
  readonly Column: Et.Range['Column'];
  readonly Rows: EtCount;
  readonly Columns: EtCount;
  readonly Font: EtFont;
  readonly Interior: EtInterior;
  HorizontalAlignment: Et.Range['HorizontalAlignment'];
  WrapText: Et.Range['WrapText'];
  /** In characters of the default font, as in Excel VBA (not points as in Office.js). */
  ColumnWidth: Et.Range['ColumnWidth'];
  readonly FormatConditions: EtFormatConditions;
  readonly Worksheet: EtWorksheet;
  /**
   * Declared boolean. WPS's reference says it is true when the range *contains* merged cells;
   * Excel's VBA hands back Null for a range only partly merged. The door reads only `false` as
   * an answer ("nothing merged here") and looks closer at anything else.
   */
  readonly MergeCells: Et.Range['MergeCells'];
  /** The merged area holding this cell, or the cell itself. Documented for one-cell ranges only. */
  readonly MergeArea: EtRange;
  /** A method in ET (a property in Office.js): `Address(false, false)` gives `C5`. */
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Clear(): boolean;
  Merge(Across?: boolean): void;
  /** Fails unless the range's sheet is the active sheet. */
  Select(): boolean;
}

export interface EtWorksheet {
  Name: Et.Worksheet['Name'];
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden (only a program can unhide it). */
  readonly Visible: Et.Worksheet['Visible'];
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  Range(Cell1: string): EtRange;
  Activate(): void;
}

export interface EtSheets {
  readonly Count: Et.Sheets['Count'];
  /** Throws for a missing sheet. By 1-based index or by name; ET also accepts an array and then returns Sheets. */
  Item(Index: string | number): EtWorksheet | EtSheets;
  /** Without arguments: a new sheet before the active one; `After` puts it after that sheet. */
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}

export interface EtName {
  /** 'PE_X' for a workbook-level name; 'Sheet1!PE_X' for a sheet-level one. */
  readonly Name: Et.Name['Name'];
  /** '=基础数据!$C$5', '=#REF!', '=42'. */
  readonly RefersTo: Et.Name['RefersTo'];
  /** Throws when the name does not refer to a range (#REF!, a constant, a formula). */
  readonly RefersToRange: EtRange;
  Delete(): void;
}

export interface EtNames {
  readonly Count: Et.Names['Count'];
  /** Throws for a missing name. */
  Item(Index: string | number): EtName;
  /** `RefersTo` is a formula string such as '=基础数据!$C$21' (a Range would be coerced to its value). */
  Add(Name: string, RefersTo: string): EtName;
}

export interface EtWorkbook {
  readonly Names: EtNames;
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet;
}

/**
 * The `SheetChange` event: the sheet that changed, then the changed range. et-jsapi-declare types
 * the second argument `Et.Worksheet | object`, so the door relies on the sheet only.
 */
export type EtSheetChangeHandler = (sheet: EtWorksheet, target: unknown) => void;

export interface EtApiEvent {
  AddApiEventListener(EventName: 'SheetChange', callback: EtSheetChangeHandler): void;
  RemoveApiEventListener(EventName: 'SheetChange', callback?: EtSheetChangeHandler): void;
}

export type EtPluginStorage = Pick<WPS.PluginStorage, 'getItem' | 'setItem' | 'removeItem'>;

export interface EtTaskPane {
  readonly ID: WPS.CustomTaskpane['ID'];
  Visible: WPS.CustomTaskpane['Visible'];
}

/** `window.Application` in a WPS 表格 add-in, as far as the door and the add-in use it. */
export interface EtApplication {
  /** Null-ish when no workbook is open (the start page). */
  readonly ActiveWorkbook: EtWorkbook;
  /** The selected cells when a range is selected (ET types it `any`: a shape can be selected too). */
  readonly Selection: unknown;
  EnableEvents: Et.Application['EnableEvents'];
  readonly ApiEvent: EtApiEvent;
}

/** The add-in host's own objects (ribbon callbacks, task panes, shared storage). */
export interface EtAddinHost extends EtApplication {
  readonly PluginStorage: EtPluginStorage;
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: number): EtTaskPane;
}

/** ET's constants used by the door (values of the VBA enums). */
export const XL = {
  /** XlHAlign */
  left: -4131,
  center: -4108,
  right: -4152,
  /** XlFormatConditionType.xlCellValue */
  cellValue: 1,
  /** XlFormatConditionOperator.xlEqual */
  equal: 3,
} as const;
