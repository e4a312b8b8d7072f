// Lint rules: typescript-eslint's recommended type-aware set, plus a few habits of this codebase.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'gen/**', 'training/onnx/gen/**', 'node_modules/**', 'data/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'Export an explicit list, no export *.' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The services' request paths (inference and API). V8 allocates a function literal assigned straight to a
    // property in the old generation, where it keeps whatever it closes over (a request, its call, its
    // stream) alive through every young-generation collection; once per request that promoted every
    // request and tripled the event loop's GC pauses (docs/ARCHITECTURE.md, "Garbage on the event loop").
    files: ['inference/**/*.ts', 'api/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Export an explicit list, no export *.' },
        {
          selector:
            'AssignmentExpression[left.type="MemberExpression"] > .right:matches(ArrowFunctionExpression, FunctionExpression, TSAsExpression[expression.type=/^(Arrow)?FunctionExpression$/])',
          message: 'Assign the function to a local first: a literal assigned to a property is allocated in the old generation (docs/ARCHITECTURE.md, "Garbage on the event loop").',
        },
      ],
    },
  },
);
