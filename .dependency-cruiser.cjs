// The layers, checked on every test run (scripts/test.sh): an import that points upward fails. From the bottom:
// shared/ (domain model, rules, store; shared/ui, the UI both pages use, above the domain) · forms/document (the
// document model) · forms/render, forms/fonts, forms/definitions, forms/export (the form library) · the apps:
// extension/, forms/web (the generator page), forms/cli. test/ is never imported at run time.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-knows-no-ui',
      comment: 'The domain under shared/ renders nothing: it imports neither shared/ui nor Preact.',
      severity: 'error',
      from: { path: '^shared/', pathNot: '^shared/ui/' },
      to: { path: '^(shared/ui/|(node_modules/)?preact(/|$))' },
    },
    {
      name: 'shared-is-the-bottom',
      comment: 'shared/ holds the domain: it imports no form, page or extension code.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(forms|extension)/' },
    },
    {
      name: 'no-test-code-at-run-time',
      comment: 'What ships never imports test/ (sample data it needs is shipped as data of its own).',
      severity: 'error',
      from: { path: '^(shared|forms|extension)/' },
      to: { path: '^test/' },
    },
    {
      name: 'document-model-stands-alone',
      comment: 'The document model and its resolve step know no form, renderer or app.',
      severity: 'error',
      from: { path: '^forms/document/' },
      to: { path: '^(forms/(render|definitions|export|web|cli|fonts)|extension)/' },
    },
    {
      name: 'renderers-know-no-forms',
      comment: 'The PDF, DOCX and XLSX encoders read resolved documents only: no form definition, export or app.',
      severity: 'error',
      from: { path: '^forms/render/(pdf|docx|xlsx)/' },
      to: { path: '^(forms/(definitions|export|web|cli)|extension)/' },
    },
    {
      name: 'form-library-below-the-apps',
      comment: 'Definitions, renderers, fonts and the export serve the extension, the page and the CLI; they import none of them.',
      severity: 'error',
      from: { path: '^forms/(document|render|fonts|definitions|export)/' },
      to: { path: '^(extension|forms/(web|cli))/' },
    },
    {
      name: 'pages-do-not-reach-into-each-other',
      comment: 'The side panel and the generator page share UI through a module both import, not one reaching into the other.',
      severity: 'error',
      from: { path: '^forms/web/' },
      to: { path: '^extension/(panel|entrypoints)/' },
    },
    {
      name: 'panel-does-not-reach-into-the-page',
      comment: 'The panel uses the generator page only through its mount entry and the render engine both share.',
      severity: 'error',
      from: { path: '^extension/' },
      to: { path: '^forms/web/', pathNot: '^forms/web/(mount\\.tsx|engine\\.ts)$' },
    },
    {
      name: 'cli-uses-public-entries',
      comment: 'The CLI runs the extension\u2019s readers and capture through its one public entry module only.',
      severity: 'error',
      from: { path: '^forms/cli/' },
      to: { path: '^extension/', pathNot: '^extension/public-entry\\.ts$' },
    },
    {
      name: 'public-entry-is-for-outside',
      comment: 'Nothing in the extension imports its public entry, so no extension bundle carries what only the CLI needs.',
      severity: 'error',
      from: { path: '^extension/' },
      to: { path: '^extension/public-entry\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
