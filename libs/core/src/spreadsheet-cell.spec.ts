import { csvField, spreadsheetText } from './spreadsheet-cell';

describe('cells of the CSV and XLSX files the product writes', () => {
  it('puts a single quote before text a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(spreadsheetText(`${start}HYPERLINK("http://x","y")`)).toBe(`'${start}HYPERLINK("http://x","y")`);
    expect(spreadsheetText('=1+1')).toBe("'=1+1");
  });

  it('leaves other text alone, including those characters after the first', () => {
    for (const text of ['P-1', 'lot 5 = rejected', '', "'quoted", ' =1', '批次号']) expect(spreadsheetText(text)).toBe(text);
  });

  it('quotes CSV fields after neutralising them, and writes numbers as they are', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('plain')).toBe('plain');
  });
});
