/**
 * The narrow slice of the Office.js Excel API that the adapter uses.
 *
 * Member names and signatures mirror @types/office-js, so a real `Excel.RequestContext`
 * is assignable to `OfficeContext` (a type-level test pins that) and the fake host in
 * src/preview/fakeExcel implements the same interfaces. Declaring only what we call keeps the
 * fake honest: anything the adapter starts using must be added here and to the fake.
 *
 * Enum-typed members (value types, alignment, change type) are typed as their string values:
 * Office's string enums are assignable to `string`, so real objects still fit.
 */

/** Something whose properties must be loaded and synced before they can be read. */
export interface OfficeLoadable<Self> {
  /** Real Office throws PropertyNotLoaded when a property is read before load + sync. */
  load(propertyNames?: string | string[]): Self;
  /** Readable only after a sync; true when an `*OrNullObject` lookup found nothing. */
  readonly isNullObject: boolean;
}

/** Names of the `Excel.RangeValueType` members as strings. */
export type RangeValueTypeName =
  'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

export interface OfficeRangeFont {
  bold: boolean;
  color: string;
  size: number;
}

export interface OfficeRangeFill {
  color: string;
}

export interface OfficeRangeFormat {
  readonly font: OfficeRangeFont;
  readonly fill: OfficeRangeFill;
  wrapText: boolean;
  horizontalAlignment: string;
  /** Points, not characters. */
  columnWidth: number;
}

export interface OfficeConditionalRangeFormat {
  readonly font: { color: string; bold: boolean };
  readonly fill: { color: string };
}

export interface OfficeConditionalCellValueRule {
  formula1: string;
  formula2?: string;
  operator: string;
}

export interface OfficeCellValueConditionalFormat {
  readonly format: OfficeConditionalRangeFormat;
  rule: OfficeConditionalCellValueRule;
}

export interface OfficeConditionalFormat {
  readonly cellValue: OfficeCellValueConditionalFormat;
}

export interface OfficeConditionalFormatCollection {
  /** 'CellValue' is the string value of Excel.ConditionalFormatType.cellValue. */
  add(type: 'CellValue'): OfficeConditionalFormat;
  clearAll(): void;
}

export interface OfficeRange extends OfficeLoadable<OfficeRange> {
  readonly address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: string[][];
  /** What each cell shows (desktop shows ##### for text over 255 characters formatted '@'). */
  readonly text: string[][];
  readonly rowCount: number;
  readonly columnCount: number;
  readonly format: OfficeRangeFormat;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: OfficeConditionalFormatCollection;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  merge(across?: boolean): void;
  /** Works only on the active sheet (activate the sheet first). */
  select(): void;
  /** ExcelApi 1.4: the used part of this range, or a null object when none of it is used. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): OfficeRange;
  /**
   * ExcelApi 1.13: the merged areas whose top-left cell lies in this range, or a null object
   * when there are none. Fails when the range holds more than 512 merged areas.
   */
  getMergedAreasOrNullObject(): OfficeRangeAreas;
}

/** ExcelApi 1.9: the rectangles of a RangeAreas. */
export interface OfficeRangeCollection extends OfficeLoadable<OfficeRangeCollection> {
  readonly items: OfficeRange[];
}

/** ExcelApi 1.9: one or more rectangles on one sheet. */
export interface OfficeRangeAreas extends OfficeLoadable<OfficeRangeAreas> {
  readonly areas: OfficeRangeCollection;
}

export interface OfficeWorksheetChangedEventArgs {
  address: string;
  changeType: string;
  source: string;
  type: 'WorksheetChanged';
  worksheetId: string;
}

export interface OfficeEventHandlerResult {
  /** The context the handler was added in; removal must be synced through it. */
  context: { sync(): Promise<void> };
  remove(): void;
}

export interface OfficeEventHandlers<TArgs> {
  // Office types the handler result as Promise<any>; `unknown` accepts the same handlers.
  add(handler: (args: TArgs) => Promise<unknown>): OfficeEventHandlerResult;
}

export interface OfficeFreezePanes {
  /** ExcelApi 1.7. */
  freezeRows(count?: number): void;
  unfreeze(): void;
}

export interface OfficeWorksheet extends OfficeLoadable<OfficeWorksheet> {
  readonly id: string;
  readonly name: string;
  /** 'Visible' | 'Hidden' | 'VeryHidden' (ExcelApi 1.1). */
  readonly visibility: string;
  /** Show the sheet in the Excel UI (ExcelApi 1.1). */
  activate(): void;
  /** Without an address: the whole sheet. */
  getRange(address?: string): OfficeRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): OfficeRange;
  /** ExcelApi 1.7. */
  readonly freezePanes: OfficeFreezePanes;
  /** ExcelApi 1.7. */
  readonly onChanged: OfficeEventHandlers<OfficeWorksheetChangedEventArgs>;
}

export interface OfficeWorksheetCollection extends OfficeLoadable<OfficeWorksheetCollection> {
  readonly items: OfficeWorksheet[];
  getItem(key: string): OfficeWorksheet;
  getItemOrNullObject(key: string): OfficeWorksheet;
  add(name?: string): OfficeWorksheet;
  getActiveWorksheet(): OfficeWorksheet;
  /** ExcelApi 1.9: changes on every sheet, sheets added after subscribing included. */
  readonly onChanged: OfficeEventHandlers<OfficeWorksheetChangedEventArgs>;
}

export interface OfficeNamedItem extends OfficeLoadable<OfficeNamedItem> {
  readonly name: string;
  /** 'Range' | 'Error' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Array'. */
  readonly type: string;
  /** For a range name: its reference; for a #REF! name: '#REF!'. */
  readonly value: unknown;
  getRange(): OfficeRange;
  getRangeOrNullObject(): OfficeRange;
  delete(): void;
}

export interface OfficeNamedItemCollection extends OfficeLoadable<OfficeNamedItemCollection> {
  readonly items: OfficeNamedItem[];
  getItemOrNullObject(name: string): OfficeNamedItem;
  add(name: string, reference: OfficeRange | string, comment?: string): OfficeNamedItem;
}

export interface OfficeApplication {
  /** ExcelApi 1.6: no recalculation until the next sync (our write is one block anyway). */
  suspendApiCalculationUntilNextSync(): void;
}

export interface OfficeWorkbook {
  readonly names: OfficeNamedItemCollection;
  readonly worksheets: OfficeWorksheetCollection;
  readonly application: OfficeApplication;
  getSelectedRange(): OfficeRange;
}

export interface OfficeRuntime {
  /** ExcelApi 1.8. */
  enableEvents: boolean;
}

export interface OfficeContext {
  readonly workbook: OfficeWorkbook;
  readonly runtime: OfficeRuntime;
  sync(): Promise<void>;
}

/** `Excel.run` (its single-argument overload) or the fake host's `run`. */
export type OfficeRun = <T>(batch: (context: OfficeContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`, e.g. ('ExcelApi', '1.7'). */
export type IsSetSupported = (name: string, version?: string) => boolean;
