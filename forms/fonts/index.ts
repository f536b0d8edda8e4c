export * from './files';
export * from './loader';
export * from './fontset';
export { browserFontLoader } from './browser-loader';
