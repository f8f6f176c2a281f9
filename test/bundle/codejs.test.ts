/**
 * Apps Script sees only top-level function declarations of the pushed Code.js, and Sheets reads a
 * custom function's help and parameters only from the JSDoc of such a declaration. This parses
 * the built file (npm test builds first) and checks exactly that.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { exportedFunctions } from '../../scripts/build';
import { addOn } from '../../scripts/addOn';
import { createRuntime } from '../../scripts/runtime';
import { sheetFromValues } from '../../scripts/runtime/workbook';
import { MENU_ITEMS } from '../../src/server/menu';

const root = path.resolve(__dirname, '../..');
const codePath = path.join(root, 'dist/Code.js');
const code = fs.readFileSync(codePath, 'utf8');
const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2019, true, ts.ScriptKind.JS);

const topLevel = new Map<string, ts.FunctionDeclaration>();
for (const statement of source.statements) {
  if (ts.isFunctionDeclaration(statement) && statement.name) topLevel.set(statement.name.text, statement);
}

function jsDocOf(fn: ts.FunctionDeclaration): string {
  return ts
    .getJSDocCommentsAndTags(fn)
    .map((doc) => doc.getText(source))
    .join('\n');
}

const exported = exportedFunctions(path.join(root, 'src/server/index.ts'));
const customFunctions = exported.filter((fn) => fn.jsDoc.includes('@customfunction'));

describe('dist/Code.js', () => {
  it('is plain script code Apps Script can load: no module syntax', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(source.statements.some((s) => ts.isImportDeclaration(s) || ts.isExportDeclaration(s))).toBe(false);
  });

  it('declares every exported server function at top level with its real parameters', () => {
    expect(exported.length).toBeGreaterThan(3);
    for (const fn of exported) {
      const declared = topLevel.get(fn.name);
      expect(declared).toBeDefined();
      expect(declared!.parameters.map((p) => p.name.getText(source))).toEqual(fn.params);
    }
  });

  it('has onOpen and onInstall, and a declaration for every menu item', () => {
    expect(topLevel.has('onOpen')).toBe(true);
    expect(topLevel.has('onInstall')).toBe(true);
    for (const [, handler] of MENU_ITEMS) expect(topLevel.has(handler)).toBe(true);
  });

  it('declares every function the sidebar calls', () => {
    const sidebar = path.join(root, 'src/sidebar');
    const sidebarCalls = fs
      .readdirSync(sidebar)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...fs.readFileSync(path.join(sidebar, file), 'utf8').matchAll(/server\.(\w+)\(/g)])
      .map((m) => m[1]);
    expect(new Set(sidebarCalls).size).toBeGreaterThanOrEqual(13);
    for (const name of sidebarCalls) expect(topLevel.has(name)).toBe(true);
  });

  it('declares the handler of every trigger the add-on installs', () => {
    const runtime = createRuntime({ workbook: { timeZone: 'UTC', sheets: [sheetFromValues('Sheet1', [['a']])] } });
    addOn(runtime).onOpen();
    const handlers = new Set<string>();
    for (const [caption] of MENU_ITEMS) {
      runtime.ui.clickMenuItem(caption);
      for (const trigger of runtime.triggers) handlers.add(trigger.handler);
    }
    expect(handlers.size).toBeGreaterThan(0);
    for (const handler of handlers) expect(topLevel.has(handler)).toBe(true);
  });

  it('gives every custom function a @customfunction JSDoc with a @param per parameter', () => {
    for (const fn of customFunctions) {
      const declared = topLevel.get(fn.name)!;
      const doc = jsDocOf(declared);
      expect(doc).toContain('@customfunction');
      for (const param of fn.params) expect(doc).toMatch(new RegExp(`@param\\s+(\\{[^}]*\\}\\s+)?\\[?${param}\\b`));
      expect(fn.name.endsWith('_')).toBe(false);
    }
  });

  it("exposes no helper beyond the entry file's exports and the bundle namespace", () => {
    const allowed = new Set([...exported.map((fn) => fn.name)]);
    for (const name of topLevel.keys()) expect(allowed.has(name)).toBe(true);
    const topLevelVars = source.statements
      .filter(ts.isVariableStatement)
      .flatMap((s) => s.declarationList.declarations.map((d) => d.name.getText(source)));
    expect(topLevelVars).toEqual(['CreatorOps']);
  });
});
