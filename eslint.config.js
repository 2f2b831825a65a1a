import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const VIEWS = ['map', 'trend', 'timeline', 'radar', 'hub'];

/** The layers of src/, lowest first; each may import only those before it (ui and modes are peers). */
const LAYERS = [['data'], ['i18n'], ['lib'], ['state'], ['ui', 'modes'], ['views'], ['app']];
const LAYER_ZONES = [
  ...LAYERS.slice(0, -1).flatMap((layer, i) =>
    layer.map((name) => ({
      target: `./src/${name}`,
      from: LAYERS.slice(i + 1)
        .flat()
        .map((above) => `./src/${above}`),
      message: `src/${name} may not import ${LAYERS.slice(i + 1)
        .flat()
        .join(', ')}: data → i18n → lib → state → ui, modes → views → app.`,
    })),
  ),
  ...VIEWS.map((v) => ({
    target: `./src/views/${v}`,
    from: VIEWS.filter((o) => o !== v).map((o) => `./src/views/${o}`),
    message: 'Views never import each other; go through the store.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'test-results', 'bench/out', 'tests/bench/.out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'No eval: the app runs under a strict CSP.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No new Function: strict CSP.',
        },
        // A store selector must return a stable value: one that builds a new object or array
        // re-renders forever under zustand 5 (React error #185, a blank page). Select
        // primitives, wrap with useShallow, or derive with useMemo.
        ...['ObjectExpression', 'ArrayExpression', 'NewExpression'].map((type) => ({
          selector: `CallExpression[callee.name='useAtlas'] > ArrowFunctionExpression.arguments[body.type='${type}']`,
          message:
            'This selector builds a new value on every call (React error #185): select primitives, or useShallow.',
        })),
        {
          selector: "CallExpression[callee.name='useAtlas'] > Identifier.arguments",
          message:
            'Pass useAtlas an inline selector of a stable value, or wrap a derived one with useShallow (React error #185).',
        },
      ],
      'import-x/no-cycle': 'error',
      // Each layer imports only the layers below it: data → i18n → lib → state → ui, modes →
      // views → app. Views never import each other; they talk through the store.
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    files: [
      'tests/**',
      '*.config.{js,ts}',
      'vite.config.ts',
      'data/tools/**',
      'bench/**',
      '.ci/**',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
