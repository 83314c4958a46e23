import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** Next.js's rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's recommended ones. */
export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // A warning is a defect here: `npm run lint` runs with --max-warnings 0.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Pages ship no framework runtime: <a> is the link, <img> is rendered by our own <Picture>.
      '@next/next/no-html-link-for-pages': 'off',
      '@next/next/no-img-element': 'off',
    },
  },
  globalIgnores(['.next/**', 'out/**', '.cache/**', 'public/**', 'next-env.d.ts', 'bench/results/**', 'test-results/**']),
]);
