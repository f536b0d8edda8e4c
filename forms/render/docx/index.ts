export { renderDocxDocument, renderBody, type DocxOptions } from './document';
export { HANDLERS, renderBlock } from './handlers';
export { BODY_FONT, SUPPLEMENTARY_FONT, fontTableXml, splitBySlot } from './fonts';
export { qrPng } from './qr-png';
