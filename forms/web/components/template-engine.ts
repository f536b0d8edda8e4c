// What the template dialog loads on first use (docxtemplater, pizzip, exceljs for 字段说明): kept out of the page's
// first load.
export { checkFor, fillFor, filledBaseName } from '../../template/index';
export { openTemplate } from '../../template/open';
export { documentText } from '../../template/docx';
export { filledZip } from '../../template/zip';
export { fieldsXlsx, FIELDS_FILE } from '../../template/fields-xlsx';
export { fieldRows } from '../../template/table';
