// The shape of src/, checked by `npm run lint` (dependency-cruiser): no import cycles anywhere
// (type-only imports count: they are structure too), the core never reaches VS Code or Node, and
// each folder of the core uses only the folders below it:
//   base < files.ts < text < entries < writing < decisions < people < balance < timeAudit < reviews
const LAYERS = ['base', 'text', 'entries', 'writing', 'decisions', 'people', 'balance', 'timeAudit', 'reviews'];

const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `core-${layer}-below-${LAYERS.slice(i + 1).join('-')}`,
  comment: `src/journal/${layer} is below ${LAYERS.slice(i + 1).join(', ')}: it must not import them`,
  severity: 'error',
  from: { path: `^src/journal/${layer}/` },
  to: { path: `^src/journal/(${LAYERS.slice(i + 1).join('|')})/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle (type-only imports included) makes the code hard to walk and to test alone.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-without-vscode-or-node',
      comment: 'src/journal is the pure core: VS Code and Node built-ins only through its file-access interface (files.ts).',
      severity: 'error',
      from: { path: '^src/journal/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-without-vscode',
      comment: 'src/journal never imports vscode.',
      severity: 'error',
      from: { path: '^src/journal/' },
      to: { path: '^vscode$' },
    },
    {
      name: 'core-below-everything',
      comment: 'The core stands alone: it never imports the extension, the CLI or the Node adapters.',
      severity: 'error',
      from: { path: '^src/journal/' },
      to: { path: '^src/(?!journal/)' },
    },
    {
      name: 'files-interface-at-the-bottom',
      comment: 'files.ts is the interface every folder of the core may use; it uses only base/.',
      severity: 'error',
      from: { path: '^src/journal/files\\.ts$' },
      to: { path: '^src/journal/(?!base/)' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/webview/page/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
