// Lint: type-aware typescript-eslint, the project's safety and determinism bans, and the layers' boundaries.
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

const noHtmlSinks = [
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Render text with textContent: content is untrusted.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text with textContent: content is untrusted.' },
  {
    selector: "CallExpression[callee.property.name='createFromHTML']",
    message: 'Phaser createFromHTML renders HTML: use add.text or a DOM element with textContent.',
  },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name='write']", message: 'document.write renders HTML.' },
];

// One vocabulary (issue 13): the sides are listed once, in src/scenario/vocabulary.ts, and read as SIDES everywhere else.
const oneVocabulary = [
  {
    selector: "ArrayExpression[elements.length=2][elements.0.value='nato'][elements.1.value='russia']",
    message: 'List the sides with SIDES (src/scenario/vocabulary.ts, re-exported by the engine), not a literal.',
  },
];

// The layers (docs/ARCHITECTURE.md): scenario → engine → analysis → cli | ui, and the browser entry above ui.
// A layer imports itself and the layers below it; cli and ui never each other. tests/, scripts/ and bench/ are no layer.
const layers = [
  { type: 'scenario', pattern: 'src/scenario', partialMatch: false },
  { type: 'engine', pattern: 'src/engine', partialMatch: false },
  { type: 'analysis', pattern: 'src/analysis', partialMatch: false },
  { type: 'cli', pattern: 'src/cli', partialMatch: false },
  { type: 'ui', pattern: 'src/ui', partialMatch: false },
  { type: 'types', pattern: 'src/types', partialMatch: false },
];
const below = {
  scenario: [],
  engine: ['scenario'],
  analysis: ['engine', 'scenario'],
  cli: ['analysis', 'engine', 'scenario'],
  ui: ['analysis', 'engine', 'scenario'],
};
// Phaser: src/ui/phaser.ts is the one file that imports the package (it picks the Canvas-only build, vite.config.ts);
// the scene layer imports that file, value or type; no other file sees Phaser.
const files = [
  { category: 'browser-entry', pattern: 'src/main.ts' },
  { category: 'declarations', pattern: 'src/*.d.ts' },
  { category: 'phaser-gate', pattern: 'src/ui/phaser.ts' },
  { category: 'scene', pattern: ['src/ui/app.ts', 'src/ui/scenes/**', 'src/ui/map/map-view.ts', 'src/ui/panels/map-slot.ts'] },
];
const layerPolicies = [
  { allow: { to: { module: { origin: 'external' } } } },
  ...Object.entries(below).flatMap(([type, lower]) => [
    {
      from: { element: { type } },
      disallow: { to: { module: { origin: 'local' } } },
      message: `src/${type} imports ${lower.length ? `only src/${type} and ${lower.map((l) => `src/${l}`).join(', ')}` : 'nothing of ours outside src/scenario'} (docs/ARCHITECTURE.md).`,
    },
    { from: { element: { type } }, allow: { to: { element: { types: { anyOf: [type, ...lower] } } } } },
  ]),
  {
    from: { file: { categories: 'browser-entry' } },
    disallow: { to: { module: { origin: 'local' } } },
    message: 'src/main.ts starts src/ui and imports nothing else of ours.',
  },
  { from: { file: { categories: 'browser-entry' } }, allow: { to: { element: { type: 'ui' } } } },
  {
    disallow: { to: { element: { type: 'engine', fileInternalPath: '!index.ts' } } },
    message: 'Outside the engine, import src/engine/index.ts, its one public surface (tests: src/engine/testing.ts).',
  },
  { from: { element: { type: 'engine' } }, allow: { to: { element: { type: 'engine' } } } },
  {
    disallow: { to: { module: { origin: 'core' } } },
    message: 'Only the CLI reads files and starts workers: Node built-ins stay in src/cli.',
  },
  { from: { element: { type: 'cli' } }, allow: { to: { module: { origin: 'core' } } } },
  {
    disallow: { to: { module: { source: 'phaser' } } },
    message: "Import Phaser from src/ui/phaser.ts (the Canvas-only build), never 'phaser'.",
  },
  { from: { file: { categories: 'phaser-gate' } }, allow: { to: { module: { source: 'phaser' } } } },
  {
    disallow: { to: { file: { categories: 'phaser-gate' } } },
    message: 'Phaser belongs to the scene layer (src/ui/app.ts, scenes/, the map view and its slot).',
  },
  { from: { file: { categories: 'scene' } }, allow: { to: { file: { categories: 'phaser-gate' } } } },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-single/**',
      'node_modules/**',
      'coverage/**',
      'scenarios/**',
      'tests/scenarios-bad/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
      'boundaries/elements': layers,
      'boundaries/files': files,
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, checkInternals: true, policies: layerPolicies }],
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    // The sources read the vocabulary; the engine's own block below repeats this with its bans.
    files: ['src/**/*.ts'],
    ignores: ['src/scenario/vocabulary.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noHtmlSinks, ...oneVocabulary] },
  },
  {
    // Small rooms: no UI function over 80 lines (tests/lint/boundaries.test.ts checks the rule refuses one).
    files: ['src/ui/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['random', 'exp', 'log', 'log2', 'log10', 'pow', 'sin', 'cos', 'tan', 'atan2', 'sqrt', 'cbrt', 'hypot'].map((property) => ({
          object: 'Math',
          property,
          message: 'The engine is deterministic: integers and integer fractions only; randomness from the seeded Rng.',
        })),
        { object: 'Date', property: 'now', message: 'The engine has no clock.' },
        { object: 'performance', property: 'now', message: 'The engine has no clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        ...noHtmlSinks,
        ...oneVocabulary,
        { selector: "NewExpression[callee.name='Date']", message: 'The engine has no clock.' },
        { selector: 'CallExpression[callee.property.name=/^toLocale/]', message: 'The engine has no locale.' },
        { selector: 'Identifier[name=/^(window|document|localStorage)$/]', message: 'The engine has no DOM.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
