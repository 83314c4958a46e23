import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { figureStatuses, sourceKinds } from '../../lib/content/schema';
import { TEXT_SIZES } from '../../lib/text-size';

/**
 * Which UI message keys (messages/<code>.json) the code uses. It reads the source, not the types:
 * a variable bound to a translator (getTranslations, useTranslations, lib/pages.ts's translator)
 * or to a part of loadMessages() is followed through its scope, and the string literal keys
 * given to it are resolved against its namespace. What cannot be resolved to a whole key is
 * reported as dynamic rather than guessed at, so that every such use stays visible.
 */

export interface SourceText {
  /** Path relative to the project, as reported. */
  name: string;
  text: string;
}

export interface MessageKeyReport {
  /** Keys in the messages that no code uses. */
  unused: string[];
  /** Keys (or key prefixes) the code uses that the messages lack, as "key (file)". */
  missing: string[];
  /** Uses resolved only in part, as "file: Prefix.*", or not at all, as "file: t(argument)". */
  dynamic: string[];
}

/** Calls that return a translator; its namespace is a string argument or an object's `namespace`. */
const TRANSLATOR_FACTORIES = new Set(['getTranslations', 'useTranslations', 'createTranslator', 'translator']);
/** Calls that return the whole messages tree (i18n/messages.ts). */
const MESSAGE_LOADERS = new Set(['loadMessages']);
/** A translator's methods that take a key first (next-intl); `has` may ask about a key that is not there. */
const TRANSLATOR_METHODS = new Set(['raw', 'rich', 'markup', 'has']);
/**
 * The page registry (lib/pages.ts): `namespace: 'X'` in a definePage({...}) entry makes
 * namespaceText() read X.title and X.description, and X.label if it has one, by keys it builds.
 */
const REGISTRY = { call: 'definePage', required: ['title', 'description'], optional: ['label'] };

/**
 * Keys passed as a variable, which the source alone cannot resolve: what each argument (by its
 * source text) can be. Each value is then a key of the translator's namespace, so that a new
 * value without a message is missing, not silently let through.
 */
export const SITE_KEY_VALUES: Record<string, readonly string[]> = {
  // components/layout/text-size-control.tsx: t(option), over TEXT_SIZES.
  option: TEXT_SIZES,
  // components/figures/figure-card.tsx and app/[locale]/figures/[id]/page.tsx: FigureCard's t(figure.status).
  'figure.status': figureStatuses,
  // components/figures/source-details.tsx: SourceKind's tKind(source.kind).
  'source.kind': sourceKinds,
};

/** What an expression stands for: a translator of a namespace, part of the messages tree, or a function returning either. */
type Ref = { kind: 'translator'; namespace: string } | { kind: 'tree'; path: string } | { kind: 'function'; returns: Ref };

/** A use of the messages: `key` whole, every key starting with `key` (prefix), or perhaps `key` (optional: t.has, a label). */
interface Use {
  key: string;
  match: 'key' | 'prefix' | 'optional';
  file: string;
}

const join = (namespace: string, key: string) => (namespace ? `${namespace}.${key}` : key);

function unwrap(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node) || ts.isAwaitExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node))
    node = node.expression;
  return node;
}

function stringValue(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** The namespace given to a translator factory: ('X'), ({ namespace: 'X' }), or none (the whole tree). */
function factoryNamespace(call: ts.CallExpression): string {
  const [first] = call.arguments;
  if (first && ts.isObjectLiteralExpression(first)) {
    for (const property of first.properties)
      if (ts.isPropertyAssignment(property) && property.name.getText() === 'namespace') return stringValue(property.initializer) ?? '';
    return '';
  }
  return stringValue(first) ?? '';
}

/** Lexical scopes: a name bound to a Ref, or to undefined where a nearer binding hides an outer one. */
class Scope {
  private names = new Map<string, Ref | undefined>();
  private parent: Scope | undefined;
  constructor(parent?: Scope) {
    this.parent = parent;
  }
  set(name: string, ref: Ref | undefined) {
    this.names.set(name, ref);
  }
  get(name: string): Ref | undefined {
    return this.names.has(name) ? this.names.get(name) : this.parent?.get(name);
  }
}

/** Every use of the messages in one source file, and what could not be resolved. */
export function messageUses(file: SourceText, keyValues: Record<string, readonly string[]> = {}): { uses: Use[]; dynamic: string[] } {
  const source = ts.createSourceFile(
    file.name,
    file.text,
    ts.ScriptTarget.Latest,
    true,
    file.name.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const uses: Use[] = [];
  const dynamic: string[] = [];

  const resolve = (expression: ts.Expression, scope: Scope): Ref | undefined => {
    const node = unwrap(expression);
    if (ts.isIdentifier(node)) return scope.get(node.text);
    if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) {
      const returns = resolve(node.body, scope);
      return returns && { kind: 'function', returns };
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      if (TRANSLATOR_FACTORIES.has(node.expression.text)) return { kind: 'translator', namespace: factoryNamespace(node) };
      if (MESSAGE_LOADERS.has(node.expression.text)) return { kind: 'tree', path: '' };
    }
    if (ts.isCallExpression(node)) {
      const callee = resolve(node.expression, scope);
      return callee?.kind === 'function' ? callee.returns : undefined;
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = ts.isPropertyAccessExpression(node) ? node.name.text : stringValue(node.argumentExpression);
      const object = name === undefined ? undefined : resolve(node.expression, scope);
      if (object?.kind === 'tree') return { kind: 'tree', path: join(object.path, name!) };
    }
    return undefined;
  };

  /**
   * A key argument: a literal is a key, a template literal the prefix before its first `${`, a
   * variable listed in keyValues each of its values; anything else is dynamic.
   */
  const addKeyUse = (namespace: string, argument: ts.Expression | undefined, optional: boolean, call: ts.CallExpression) => {
    const node = argument && unwrap(argument);
    const literal = stringValue(node);
    if (literal !== undefined) uses.push({ key: join(namespace, literal), match: optional ? 'optional' : 'key', file: file.name });
    else if (node && ts.isTemplateExpression(node) && node.head.text) {
      const prefix = join(namespace, node.head.text);
      uses.push({ key: prefix, match: 'prefix', file: file.name });
      dynamic.push(`${file.name}: ${prefix}*`);
    } else if (node && keyValues[node.getText(source)]) {
      for (const value of keyValues[node.getText(source)]!) uses.push({ key: join(namespace, value), match: 'key', file: file.name });
    } else dynamic.push(`${file.name}: ${call.getText(source)}`);
  };

  /** A part of the tree that is read, not just passed along to a further property, a variable or a function's result. */
  const isConsumed = (node: ts.Node) => {
    const parent = node.parent;
    if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === node) return false;
    if (ts.isVariableDeclaration(parent)) return false;
    if (ts.isArrowFunction(parent) && parent.body === node && ts.isVariableDeclaration(parent.parent)) return false;
    return !(ts.isCallExpression(parent) && parent.expression === node);
  };

  /** A name read as a value: not the name of what a declaration, property or attribute declares. */
  const isReference = (node: ts.Node): node is ts.Identifier =>
    ts.isIdentifier(node) && ((node.parent as { name?: ts.Node }).name !== node || ts.isShorthandPropertyAssignment(node.parent));

  const bindParameters = (node: ts.SignatureDeclaration, scope: Scope) => {
    for (const parameter of node.parameters) {
      const names = ts.isIdentifier(parameter.name)
        ? [parameter.name]
        : parameter.name.elements.flatMap((element) => (ts.isBindingElement(element) ? [element.name] : []));
      for (const name of names) {
        // lib/pages.ts passes its translator of the whole tree on as `t` (PageContext.t, sectionEyebrow(…, t)).
        if (ts.isIdentifier(name)) scope.set(name.text, name.text === 't' ? { kind: 'translator', namespace: '' } : undefined);
      }
    }
  };

  const visit = (node: ts.Node, scope: Scope): void => {
    if (ts.isFunctionLike(node) || ts.isBlock(node)) {
      const inner = new Scope(scope);
      if (ts.isFunctionLike(node)) bindParameters(node, inner);
      ts.forEachChild(node, (child) => visit(child, inner));
      return;
    }
    if (ts.isCallExpression(node)) {
      const callee = unwrap(node.expression);
      const direct = resolve(callee, scope);
      if (direct?.kind === 'translator') addKeyUse(direct.namespace, node.arguments[0], false, node);
      else if (ts.isPropertyAccessExpression(callee) && TRANSLATOR_METHODS.has(callee.name.text)) {
        const object = resolve(callee.expression, scope);
        if (object?.kind === 'translator') addKeyUse(object.namespace, node.arguments[0], callee.name.text === 'has', node);
      }
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || isReference(node)) {
      const ref = resolve(node, scope);
      if (ref?.kind === 'tree' && ref.path && isConsumed(node)) uses.push({ key: ref.path, match: 'key', file: file.name });
      // messages.X[name]: every key under X.
      const object = ts.isElementAccessExpression(node) && !stringValue(node.argumentExpression) && resolve(node.expression, scope);
      if (object && object.kind === 'tree' && object.path) {
        uses.push({ key: `${object.path}.`, match: 'prefix', file: file.name });
        dynamic.push(`${file.name}: ${object.path}.*`);
      }
    }
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'namespace' && stringValue(node.initializer) !== undefined) {
      const call = node.parent.parent;
      if (ts.isCallExpression(call) && call.expression.getText() === REGISTRY.call) {
        const namespace = stringValue(node.initializer)!;
        for (const name of REGISTRY.required) uses.push({ key: `${namespace}.${name}`, match: 'key', file: file.name });
        for (const name of REGISTRY.optional) uses.push({ key: `${namespace}.${name}`, match: 'optional', file: file.name });
      }
    }
    ts.forEachChild(node, (child) => visit(child, scope));
    // Bound after its initialiser is visited, for the code after it.
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name))
      scope.set(node.name.text, node.initializer && resolve(node.initializer, scope));
  };

  visit(source, new Scope());
  return { uses, dynamic };
}

/** The keys no code uses, the keys code uses that are not there, and the uses that are only partly resolved. */
export function messageKeyReport(files: SourceText[], keys: string[], keyValues: Record<string, readonly string[]> = {}): MessageKeyReport {
  const all = files.map((file) => messageUses(file, keyValues));
  const uses = all.flatMap((result) => result.uses);
  // A key used whole also uses what is under it (t.raw of a group); a prefix uses every key it begins.
  const covers = (use: Use, key: string) => key === use.key || key.startsWith(use.match === 'prefix' ? use.key : `${use.key}.`);
  const unused = keys.filter((key) => !uses.some((use) => covers(use, key)));
  const missing = uses
    .filter((use) => use.match !== 'optional' && !keys.some((key) => covers(use, key)))
    .map((use) => `${use.key} (${use.file})`);
  const sorted = (list: string[]) => [...new Set(list)].sort();
  return { unused: sorted(unused), missing: sorted(missing), dynamic: sorted(all.flatMap((result) => result.dynamic)) };
}

/** The source files under the given folders (tests left out), named relative to root. */
export function sourceFilesUnder(root: string, folders: string[]): SourceText[] {
  const files: SourceText[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(tsx?|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
        files.push({ name: path.relative(root, full), text: fs.readFileSync(full, 'utf8') });
    }
  };
  for (const folder of folders) visit(path.join(root, folder));
  return files;
}
