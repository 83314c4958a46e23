import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The pages ship no framework runtime (scripts/lib/static-export.ts), so a `'use client'`
 * component still renders at build time but nothing of it runs in the browser: its state never
 * changes, its effects never run and its handlers are never attached. What must run in the
 * browser belongs in a `*.browser.ts` module. This finds client modules that would be silently dead.
 */

/** React hooks that only do something once the component runs in the browser. */
const BROWSER_ONLY_HOOKS = new Set([
  'useState',
  'useReducer',
  'useEffect',
  'useLayoutEffect',
  'useInsertionEffect',
  'useRef',
  'useTransition',
  'useDeferredValue',
  'useActionState',
  'useOptimistic',
  'useSyncExternalStore',
  'useFormStatus',
  'useImperativeHandle',
]);

function isClientModule(file: ts.SourceFile): boolean {
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === 'use client') return true;
  }
  return false;
}

function calledName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** What in one module's source would be dead without the runtime, as "line N: what" texts; empty when fine. */
export function deadClientCode(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  if (!isClientModule(file)) return [];
  const problems: string[] = [];
  const at = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const name = calledName(node);
      if (name && BROWSER_ONLY_HOOKS.has(name)) problems.push(`line ${at(node)}: ${name}() never runs in the browser`);
    }
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && /^on[A-Z]/.test(node.name.text)) {
      problems.push(`line ${at(node)}: the ${node.name.text} handler is never attached`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return problems;
}

/** Every source file under the given folders, with what would be dead in it ("file: line N: what"). */
export function deadClientCodeUnder(root: string, folders: string[]): string[] {
  const problems: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(tsx?|jsx?|mjs)$/.test(entry.name)) {
        for (const problem of deadClientCode(entry.name, fs.readFileSync(full, 'utf8'))) {
          problems.push(`${path.relative(root, full)}: ${problem}`);
        }
      }
    }
  };
  for (const folder of folders) visit(path.join(root, folder));
  return problems;
}
