/** The preview grid shows cells under their number formats, with decimal rounding (half up). */
import { cellText } from '../../src/preview/cellText';

describe('cellText', () => {
  test('formats of the sample and the evaluation sheet', () => {
    expect(cellText(96.9, '0.00')).toBe('96.90');
    expect(cellText(1234567.891, '#,##0.00')).toBe('1,234,567.89');
    expect(cellText(-1234.5, '#,##0.00')).toBe('-1,234.50');
    expect(cellText(0.986, '0.00%')).toBe('98.60%');
    expect(cellText(0.95, '0%')).toBe('95%');
    expect(cellText(2020, '0')).toBe('2020');
  });

  test('half-up rounding on the shortest decimal form, not on the binary float', () => {
    // 1.005 is 1.00499999999999989… as a double; Excel and the engine round it to 1.01.
    expect(cellText(1.005, '0.00')).toBe('1.01');
    expect(cellText(-0.065, '0.00%')).toBe('-6.50%');
  });

  test('text, booleans and empty cells', () => {
    expect(cellText('优', '0.00')).toBe('优');
    expect(cellText(true, 'General')).toBe('TRUE');
    expect(cellText(null, '0.00')).toBe('');
    expect(cellText(8.795, 'General')).toBe('8.795');
  });
});
