import { formatAddress, MAX_ROW, parseArea, quoteSheetName } from '../../../src/workbook/xlsx/reference';

describe('parseArea', () => {
  it('reads a one-cell reference on a Chinese sheet', () => {
    expect(parseArea('基础数据!$C$5')).toEqual({ sheet: '基础数据', top: 5, left: 3, bottom: 5, right: 3 });
  });

  it('reads a quoted sheet with an escaped quote, and a leading "="', () => {
    expect(parseArea("='It''s a sheet'!$C$5:$F$8")).toEqual({
      sheet: "It's a sheet",
      top: 5,
      left: 3,
      bottom: 8,
      right: 6,
    });
  });

  it('reads whole columns and whole rows and marks them', () => {
    expect(parseArea('Sheet1!$C:$D')).toMatchObject({
      top: 1,
      bottom: MAX_ROW,
      left: 3,
      right: 4,
      whole: 'columns',
    });
    expect(parseArea('Sheet1!$5:$5')).toMatchObject({ top: 5, bottom: 5, left: 1, whole: 'rows' });
  });

  it.each([
    '#REF!',
    '基础数据!#REF!',
    '5',
    '"abc"',
    'SUM(基础数据!$C$5:$C$6)',
    '基础数据!$C$5,基础数据!$C$6',
    '[1]Sheet1!$A$1',
    'Sheet1:Sheet3!$A$1',
    '$C$5',
    "'unterminated!$A$1",
    'Sheet1!$A$0',
    'Sheet1!$XFE$1',
  ])('rejects %s', (text) => {
    expect(parseArea(text)).toBeUndefined();
  });
});

describe('addresses', () => {
  it('leaves plain names bare and quotes the others the Excel way', () => {
    expect(quoteSheetName('基础数据')).toBe('基础数据');
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('Sheet name')).toBe("'Sheet name'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(quoteSheetName('2020')).toBe("'2020'");
    expect(quoteSheetName('AB12')).toBe("'AB12'");
  });

  it('formats cells and areas without $', () => {
    expect(formatAddress({ sheet: '基础数据', top: 5, left: 3, bottom: 5, right: 3 })).toBe('基础数据!C5');
    expect(formatAddress({ sheet: 'Sheet name', top: 5, left: 3, bottom: 8, right: 28 })).toBe(
      "'Sheet name'!C5:AB8",
    );
  });
});
