// Lint: type-aware typescript-eslint, plus the project's safety and determinism bans.
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

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'node_modules/**', 'coverage/**', 'scenarios/**', 'tests/scenarios-bad/**'] },
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
        { selector: "NewExpression[callee.name='Date']", message: 'The engine has no clock.' },
        { selector: 'CallExpression[callee.property.name=/^toLocale/]', message: 'The engine has no locale.' },
        { selector: 'Identifier[name=/^(window|document|localStorage)$/]', message: 'The engine has no DOM.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/cli/**', 'phaser', 'node:*', 'fs', 'path'],
              message: 'The engine imports neither the UI, the CLI, Phaser nor Node.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
