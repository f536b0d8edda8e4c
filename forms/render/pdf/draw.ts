import { mmToPt } from '../../document/model';
import type { Item } from './items';

const n = (v: number): string => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

function rgb(color: string | undefined): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '#000000');
  if (!m) return '0 0 0';
  return [m[1], m[2], m[3]].map((h) => n(parseInt(h!, 16) / 255)).join(' ');
}

const K = 0.5522847498;

/**
 * Writes a page's items as a PDF content stream (pt, origin bottom-left). `fontName(face)` gives the resource name
 * and `encode(face, text)` the glyph-id hex of the text in that face's embedded subset.
 */
export function contentStream(
  items: readonly Item[],
  pageHeightMm: number,
  fontName: (face: string) => string,
  encode: (face: string, text: string) => string,
): string {
  const H = mmToPt(pageHeightMm);
  const X = (mm: number) => n(mmToPt(mm));
  const Y = (mm: number) => n(H - mmToPt(mm));
  const out: string[] = ['2 J 0 j'];
  const stroke = (width: number, dash: readonly number[] | undefined, color: string | undefined) => {
    out.push(`${n(width)} w ${dash ? `[${dash.map((d) => n(mmToPt(d))).join(' ')}] 0 d 0 J` : '[] 0 d 2 J'} ${rgb(color)} RG`);
  };
  for (const it of items) {
    switch (it.kind) {
      case 'text': {
        const color = rgb(it.color);
        const tc = it.charSpacing ? `${n(mmToPt(it.charSpacing))} Tc ` : '';
        const bold = it.bold ? `2 Tr ${n(it.size * 0.035)} w ${color} RG ` : '';
        out.push(
          `BT /${fontName(it.face)} ${n(it.size)} Tf ${color} rg ${tc}${bold}1 0 0 1 ${X(it.x)} ${Y(it.y)} Tm <${encode(it.face, it.text)}> Tj ET`,
        );
        if (tc) out.push('BT 0 Tc ET');
        if (bold) out.push('BT 0 Tr ET');
        break;
      }
      case 'line':
        stroke(it.width, it.dash, it.color);
        out.push(`${X(it.x1)} ${Y(it.y1)} m ${X(it.x2)} ${Y(it.y2)} l S`);
        break;
      case 'rect':
        if (it.fill) out.push(`${rgb(it.fill)} rg ${X(it.x)} ${Y(it.y + it.h)} ${X(it.w)} ${X(it.h)} re f`);
        if (it.width > 0) {
          stroke(it.width, it.dash, it.color);
          out.push(`${X(it.x)} ${Y(it.y + it.h)} ${X(it.w)} ${X(it.h)} re S`);
        }
        break;
      case 'circle': {
        stroke(it.width, it.dash, it.color);
        const cx = mmToPt(it.cx);
        const cy = H - mmToPt(it.cy);
        const r = mmToPt(it.r);
        const k = r * K;
        out.push(
          `${n(cx + r)} ${n(cy)} m`,
          `${n(cx + r)} ${n(cy + k)} ${n(cx + k)} ${n(cy + r)} ${n(cx)} ${n(cy + r)} c`,
          `${n(cx - k)} ${n(cy + r)} ${n(cx - r)} ${n(cy + k)} ${n(cx - r)} ${n(cy)} c`,
          `${n(cx - r)} ${n(cy - k)} ${n(cx - k)} ${n(cy - r)} ${n(cx)} ${n(cy - r)} c`,
          `${n(cx + k)} ${n(cy - r)} ${n(cx + r)} ${n(cy - k)} ${n(cx + r)} ${n(cy)} c S`,
        );
        break;
      }
      case 'squares': {
        out.push(`${rgb(it.color)} rg`);
        for (const [x, y, w, h] of it.rects) out.push(`${X(it.x + x)} ${Y(it.y + y + h)} ${X(w)} ${X(h)} re`);
        out.push('f');
        break;
      }
    }
  }
  return out.join('\n');
}
