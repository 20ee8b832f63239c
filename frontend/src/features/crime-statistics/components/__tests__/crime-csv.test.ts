import { csvDialect, csvField, toCsv } from '../crime-csv';

describe('CSV of the crime table', () => {
  const sv = csvDialect('sv');
  const en = csvDialect('en');

  it('quotes separators, quotes and line breaks, and doubles quotes', () => {
    expect(csvField('Öster Mälarstrand', sv)).toBe('Öster Mälarstrand');
    expect(csvField('Centrum; norra', sv)).toBe('"Centrum; norra"');
    expect(csvField('Centrum, norra', en)).toBe('"Centrum, norra"');
    expect(csvField('the "old" town', en)).toBe('"the ""old"" town"');
    expect(csvField('two\nlines', en)).toBe('"two\nlines"');
  });

  it('writes numbers with the language’s decimal mark and never runs text as a formula', () => {
    expect(csvField(12.345, sv)).toBe('12,345');
    expect(csvField(12.345, en)).toBe('12.345');
    expect(csvField(-4.5, sv)).toBe('-4,5');
    expect(csvField(1200, sv)).toBe('1200');
    expect(csvField(null, sv)).toBe('');
    expect(csvField('=HYPERLINK("x")', en)).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('joins a header and rows with CRLF line ends', () => {
    expect(toCsv(['Område', 'Värde'], [['Bäckby', 1.5], ['Råby', null]], sv)).toBe(
      'Område;Värde\r\nBäckby;1,5\r\nRåby;\r\n',
    );
  });
});
