import { xmlSafe } from '../../../shared/text/xml';
import {
  Document as WordDocument,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { DEFAULTS, type Document } from '../../document';
import type { FontLoader } from '../../fonts';
import type { DocxBlock, DocxContext } from './context';
import './docx-fix';
import { embeddedFonts } from './embed';
import { ParagraphStyles } from './paragraph-styles';
import { UsedCharacters, fontTableXml } from './fonts';
import { renderBlock } from './handlers';
import { ALIGNMENT, DEFAULT_RUN, exactLine, gapParagraph, markRun, runFontAndSize, textRuns } from './text';
import { mmToTwip, ptToHalfPoints } from './units';

export interface DocxOptions {
  /**
   * Where the renderers' fonts come from (forms/fonts). Given, subsets of them are embedded under the names the runs
   * use, so the file looks like the PDF on machines without SimSun (+20–40 KB per document). Off by default: offices
   * edit these files in Word/WPS, which have SimSun and prefer it; and LibreOffice keeps the first document's
   * embedded 宋体 for the whole session, so a second document opened beside it loses the characters the first
   * subset lacks.
   */
  fonts?: FontLoader | false;
}

const PAGE_NUMBER_SIZE = 9;

function footer(ctx: DocxContext): Footer {
  const style = { size: PAGE_NUMBER_SIZE };
  // Page numbers are fields: their digits are not in the text, so the subset must hold all ten.
  ctx.chars.add('body', '0123456789');
  const field = (f: (typeof PageNumber)[keyof typeof PageNumber]) =>
    new TextRun({ children: [f], ...runFontAndSize('body', PAGE_NUMBER_SIZE) });
  return new Footer({
    children: [
      new Paragraph({
        alignment: ALIGNMENT.center,
        run: markRun(PAGE_NUMBER_SIZE),
        spacing: { before: 0, after: 0, ...exactLine(PAGE_NUMBER_SIZE * 1.5) },
        children: [
          ...textRuns(ctx, '第', style),
          field(PageNumber.CURRENT),
          ...textRuns(ctx, '页 共', style),
          field(PageNumber.TOTAL_PAGES),
          ...textRuns(ctx, '页', style),
        ],
      }),
    ],
  });
}

/** Word content of a document's body, one handler per block type. */
export function renderBody(doc: Document, ctx: DocxContext): DocxBlock[] {
  const out: DocxBlock[] = [];
  for (const block of doc.body) {
    const blocks = renderBlock(block, ctx);
    // Word and LibreOffice join two tables with nothing between them into one.
    if (blocks[0] instanceof Table && out[out.length - 1] instanceof Table) out.push(gapParagraph(1));
    out.push(...blocks);
  }
  // The body ends with a paragraph, as Word writes it.
  if (out.length === 0 || out[out.length - 1] instanceof Table) out.push(gapParagraph(1));
  return out;
}

/** The document model as a .docx file (Node and browser: no Node-only API on this path). */
export async function renderDocxDocument(doc: Document, options: DocxOptions = {}): Promise<Uint8Array> {
  const landscape = doc.page.orientation === 'landscape';
  const margins = doc.page.margins ?? DEFAULTS.margins;
  const pageWidth = landscape ? DEFAULTS.pageHeight : DEFAULTS.pageWidth;
  const pageHeight = landscape ? DEFAULTS.pageWidth : DEFAULTS.pageHeight;
  const ctx: DocxContext = {
    data: doc.data,
    chars: new UsedCharacters(),
    paragraphStyles: new ParagraphStyles(),
    width: pageWidth - margins.left - margins.right,
    bodyHeight: pageHeight - margins.top - margins.bottom,
    style: { size: DEFAULTS.bodySize, bold: false, align: 'left', lineHeight: DEFAULTS.lineHeight },
    inCell: false,
    render: (blocks, c) => blocks.flatMap((b) => renderBlock(b, c)),
  };
  const children = renderBody(doc, ctx);
  const section: ISectionOptions = {
    properties: {
      page: {
        // docx swaps width and height itself for landscape.
        size: { width: mmToTwip(DEFAULTS.pageWidth), height: mmToTwip(DEFAULTS.pageHeight), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: {
          top: mmToTwip(margins.top),
          right: mmToTwip(margins.right),
          bottom: mmToTwip(margins.bottom),
          left: mmToTwip(margins.left),
          header: mmToTwip(Math.min(10, margins.top / 2)),
          footer: mmToTwip(Math.min(10, margins.bottom / 2)),
        },
      },
    },
    ...(doc.page.pageNumbers ? { footers: { default: footer(ctx) } } : {}),
    children,
  };
  const fonts = options.fonts ? await embeddedFonts(options.fonts, ctx.chars) : [];
  const word = new WordDocument({
    title: xmlSafe(doc.title),
    creator: 'zhicheng-desk',
    lastModifiedBy: 'zhicheng-desk',
    // docx types embedded font data as Node's Buffer but only slices and copies it: a Uint8Array works everywhere.
    fonts: fonts.map((f) => ({ name: f.name, data: f.data as unknown as Buffer })),
    styles: {
      default: {
        document: {
          run: DEFAULT_RUN,
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: ctx.paragraphStyles.definitions,
    },
    sections: [section],
  });
  const fontTable = fontTableXml(word.FontTable.files);
  return Packer.pack(word, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTable }]);
}
