export * from './host';
export * from './workbook';
