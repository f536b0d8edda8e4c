import { rosterColumns } from './columns';
import { rosterTable } from './export';
import { TEMPLATE_EXAMPLE } from './template-example';
import { rosterWorkbook } from './workbook';

export { ROSTER_TEMPLATE_FILE } from './template-file';

/** An empty roster to fill in: every column (two groups each of 学历 and 学位), one grey example row, a 说明 sheet. */
export async function rosterTemplateXlsx(): Promise<Uint8Array> {
  const columns = rosterColumns({ xueli: 2, xuewei: 2 });
  return rosterWorkbook({ ...rosterTable([TEMPLATE_EXAMPLE], columns), exampleRows: 1 });
}
