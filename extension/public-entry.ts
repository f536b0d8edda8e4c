// The extension's one public entry, for code outside it: the CLI runs the extension's own reading and capture on pages
// saved on disk. It owns nothing but this list: the readers, how a saved page is decoded and shown as a browser shows
// it, the snapshot the content script sends, and the background's decision on it. No entrypoint imports this module,
// so no extension bundle (the content script least) carries what only the CLI needs.
export { PAGE_KIND_LABELS, PAGE_OUTCOME_LABELS, canonicalReportUrl, readPage } from './readers';
export { asShownWithScripts, decodeSavedPage, residueMovedIntoBody } from './readers/saved-page';
export { captureMessage } from './content/snapshot';
export { handleCapture } from './background/capture';
export type { PageVerdict } from './messaging/page-state';
