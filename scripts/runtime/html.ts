/**
 * HtmlService. Files are read from the built add-on's folder (dist/), as Apps Script serves the
 * project's .html files. Templates are compiled to script code and evaluated inside the add-on's
 * global scope, so scriptlets can call its top-level functions (e.g. an `include()` helper).
 */
import * as fs from 'fs';
import * as path from 'path';
import { SERVICE } from './boundary';
import type { Implements } from './gasTypes';
import { enumOf } from './gasTypes';

/** Runs JavaScript source in the add-on's global scope and returns its value. */
export type ScriptEvaluator = (source: string) => unknown;

type HtmlServiceMethods = 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile';

export class FakeHtmlService implements Implements<GoogleAppsScript.HTML.HtmlService, HtmlServiceMethods> {
  readonly [SERVICE] = 'HtmlService';
  readonly XFrameOptionsMode = enumOf<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(['ALLOWALL', 'DEFAULT']);
  readonly SandboxMode = enumOf<typeof GoogleAppsScript.HTML.SandboxMode>(['EMULATED', 'IFRAME', 'NATIVE']);

  constructor(
    readonly directory: string,
    readonly evaluate: ScriptEvaluator,
  ) {}

  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(String(html));
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.#read(filename));
  }

  createTemplate(html: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(String(html), this.evaluate);
  }

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.#read(filename), this.evaluate);
  }

  #read(filename: string): string {
    const file = path.join(this.directory, filename.endsWith('.html') ? filename : `${filename}.html`);
    if (!fs.existsSync(file)) throw new Error(`No HTML file named ${filename} was found.`);
    return fs.readFileSync(file, 'utf8');
  }
}

type HtmlOutputMethods =
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'getTitle'
  | 'setTitle'
  | 'getWidth'
  | 'setWidth'
  | 'getHeight'
  | 'setHeight'
  | 'setXFrameOptionsMode'
  | 'setSandboxMode'
  | 'addMetaTag'
  | 'setFaviconUrl';

export class FakeHtmlOutput implements Implements<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputMethods> {
  readonly [SERVICE] = 'HtmlOutput';
  #title = '';
  #width?: number;
  #height?: number;

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): FakeHtmlOutput {
    this.content = String(content);
    return this;
  }

  append(addedContent: string): FakeHtmlOutput {
    this.content += String(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): FakeHtmlOutput {
    return this.append(escapeHtml(addedContent));
  }

  clear(): FakeHtmlOutput {
    return this.setContent('');
  }

  getTitle(): string {
    return this.#title;
  }

  setTitle(title: string): FakeHtmlOutput {
    this.#title = String(title);
    return this;
  }

  getWidth(): number {
    return this.#width as number;
  }

  setWidth(width: number): FakeHtmlOutput {
    this.#width = width;
    return this;
  }

  getHeight(): number {
    return this.#height as number;
  }

  setHeight(height: number): FakeHtmlOutput {
    this.#height = height;
    return this;
  }

  // Rendering options that only matter in a browser are accepted (and counted) but not modelled.
  setXFrameOptionsMode(): FakeHtmlOutput {
    return this;
  }
  setSandboxMode(): FakeHtmlOutput {
    return this;
  }
  addMetaTag(): FakeHtmlOutput {
    return this;
  }
  setFaviconUrl(): FakeHtmlOutput {
    return this;
  }
}

/** Template variables are the properties the script assigns to the template object. */
export class FakeHtmlTemplate implements Implements<
  GoogleAppsScript.HTML.HtmlTemplate,
  'evaluate' | 'getCode' | 'getRawContent'
> {
  readonly [SERVICE] = 'HtmlTemplate';
  readonly #source: string;
  readonly #evaluate: ScriptEvaluator;

  constructor(source: string, evaluate: ScriptEvaluator) {
    this.#source = source;
    this.#evaluate = evaluate;
  }

  evaluate(): FakeHtmlOutput {
    const render = this.#evaluate(this.getCode()) as (variables: object, escape: (value: unknown) => string) => string;
    return new FakeHtmlOutput(render({ ...this }, (value) => escapeHtml(value == null ? '' : String(value))));
  }

  /** The template as a function of (variables, escape), in sloppy-mode script so `with` can scope the variables. */
  getCode(): string {
    const statements: string[] = [];
    let last = 0;
    for (const match of this.#source.matchAll(/<\?(!=|=)?([\s\S]*?)\?>/g)) {
      statements.push(`__out += ${JSON.stringify(this.#source.slice(last, match.index))};`);
      const [, kind, code] = match;
      if (kind === '=') statements.push(`__out += __escape(${code});`);
      else if (kind === '!=')
        statements.push(`__out += (function (v) { return v == null ? '' : String(v); })(${code});`);
      else statements.push(code);
      last = (match.index ?? 0) + match[0].length;
    }
    statements.push(`__out += ${JSON.stringify(this.#source.slice(last))};`);
    return `(function (__variables, __escape) { var __out = ''; with (__variables) {\n${statements.join('\n')}\n} return __out; })`;
  }

  getRawContent(): string {
    return this.#source;
  }
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
