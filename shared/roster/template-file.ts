// Apart from the template's code, so pages that only name the file (the generator page's link) do not load exceljs.
/** What the roster template is saved as, wherever it is offered. */
export const ROSTER_TEMPLATE_FILE = '职称申报人员名册模板.xlsx';
