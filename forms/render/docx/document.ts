import { xmlSafe } from '../../../shared/text/xml';
import { Document as WordDocument, Packer, PageOrientation, Table, type ISectionOptions } from 'docx';
import { resolveDocument, type Document, type ResolvedDocument } from '../../document';
import type { FontLoader } from '../../fonts';
import type { DocxBlock, DocxContext } from './context';
import './docx-fix';
import { embeddedFonts } from './embed';
import { ParagraphStyles } from './paragraph-styles';
import { UsedCharacters, fontTableXml } from './fonts';
import { renderBlock } from './handlers';
import { DEFAULT_RUN, gapParagraph } from './text';
import { mmToTwip } from './units';

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

/** Word content of a document's body, one handler per block type. */
export function renderBody(doc: ResolvedDocument, ctx: DocxContext): DocxBlock[] {
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
export async function renderDocxDocument(source: Document, options: DocxOptions = {}): Promise<Uint8Array> {
  const doc = resolveDocument(source);
  const { width: pageWidth, height: pageHeight, margins } = doc.page;
  const ctx: DocxContext = {
    chars: new UsedCharacters(),
    paragraphStyles: new ParagraphStyles(),
    width: pageWidth - margins.left - margins.right,
    bodyHeight: pageHeight - margins.top - margins.bottom,
    render: (blocks, c) => blocks.flatMap((b) => renderBlock(b, c)),
  };
  const children = renderBody(doc, ctx);
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: mmToTwip(pageWidth), height: mmToTwip(pageHeight), orientation: PageOrientation.PORTRAIT },
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
