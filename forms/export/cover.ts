// 导出封面: one page printed beside the ZIP, signed and stamped, carrying the manifest's SHA-256. The manifest proves
// that no file changed since it was written; only this paper proves the manifest itself is the one handed over
// (a forger who rewrites files can rewrite the manifest too, but not a stamped page). verify-export prints the same
// SHA-256 to compare by eye.
import type { Block, Content, Document } from '../document/model';
import { resolveDocument } from '../document/resolved';
import { A4, label } from '../definitions/parts';
import { fontSetFor } from '../fonts/fontset';
import { defaultFontLoader } from '../render/index';
import { renderDocumentPdf } from '../render/pdf/index';
import { platformDeflate } from '../render/pdf/deflate';

export interface CoverInput {
  /** The ZIP's file name (no folder). */
  zipName: string;
  manifestSha256: string;
  /** Files in the ZIP, manifest.json included. */
  files: number;
  applicants: readonly string[];
  committee: string;
  createdAt: string;
  meeting?: string;
}

/** Names printed on the page; past these, a count (the roster in the ZIP lists them all). */
const NAMES_SHOWN = 150;

/** 64 hex digits in groups of 8, easier to compare digit by digit. */
export const groupedHex = (hex: string): string => hex.replace(/(.{8})(?!$)/g, '$1 ');

export function coverDocument(c: CoverInput): Document {
  const names = c.applicants.length > NAMES_SHOWN ? `${c.applicants.slice(0, NAMES_SHOWN).join('、')}等${c.applicants.length}人` : c.applicants.join('、');
  const row = (k: string, v: Content, left = false) => ({ cells: [label(k, left ? { style: { align: 'left' as const } } : {}), { text: v }] });
  const body: Block[] = [
    { type: 'title', text: '评审材料导出封面', spaceAfter: 8 },
    {
      type: 'table',
      columns: [40, 130],
      style: { size: 12 },
      rows: [
        row('评审委员会', c.committee || '（未填写）'),
        row('压缩包', c.zipName),
        row('导出时间', { bind: 'createdAt', format: 'datetime' }),
        ...(c.meeting ? [row('评审会议日期', c.meeting)] : []),
        row('文件数', `${c.files} 个（含清单 manifest.json）`),
        row('申报人数', `${c.applicants.length} 人`),
        row('清单 SHA-256', groupedHex(c.manifestSha256), true),
      ],
      spaceAfter: 6,
    },
    { type: 'paragraph', text: `申报人：${names}`, style: { size: 11, lineHeight: 1.6 }, spaceAfter: 6 },
    {
      type: 'paragraph',
      text:
        '核对方法：运行 zhicheng verify-export 压缩包，应显示“核对通过”，且所印清单 SHA-256 与本页逐位一致。' +
        '清单记有每个文件的大小和 SHA-256，能发现文件的意外损坏或改动；清单本身是否被替换，以本页签字盖章为凭。',
      style: { size: 11, lineHeight: 1.6 },
      indent: 2,
    },
    { type: 'spacer', height: 12 },
    { type: 'signatureLine', label: '导出人', style: { size: 12 } },
    { type: 'signatureLine', label: '单位', action: '盖章', style: { size: 12 } },
    { type: 'sealBox' },
  ];
  return { title: `评审材料导出封面（${c.zipName}）`, page: A4, data: { createdAt: c.createdAt }, body };
}

/** The cover as PDF bytes, stamped with the export's time (one export, one set of bytes). */
export async function coverPdf(c: CoverInput): Promise<Uint8Array> {
  const doc = coverDocument(c);
  const fonts = await fontSetFor(await defaultFontLoader());
  return (await renderDocumentPdf(resolveDocument(doc), fonts, { date: new Date(c.createdAt), deflate: await platformDeflate() })).bytes;
}
