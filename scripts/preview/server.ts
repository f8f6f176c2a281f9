/**
 * The preview's HTTP server, on 127.0.0.1 only: the sheet view page, the built sidebar with the
 * google.script shim, the sheet view's JSON, and the runtime's end of google.script.run. The
 * runtime runs one call at a time (it is synchronous), so requests never interleave inside it.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Runtime } from '../runtime';
import { googleScriptShim, sheetViewScript } from './browserScripts';
import { answerScriptRun } from './scriptRun';
import { SCRIPT_RUN_PATH } from './scriptRunProtocol';
import { sheetView } from './sheetView';

const CLIENT = path.join(__dirname, 'client');
const MAX_BODY_BYTES = 1 << 20;
/** The sheet view runs only its own script file: no text from the sheet can ever run as script. */
const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'";

export interface PreviewOptions {
  runtime: Runtime;
  /** dist/Sidebar.html; read on every request, so a rebuild shows on reload. */
  sidebarPath: string;
  /** 0 picks a free port. */
  port: number;
  /** Fixed clock (--now); without it the runtime's clock follows the real one before each call. */
  fixedClock: boolean;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startPreview(options: PreviewOptions): Promise<PreviewServer> {
  const server = http.createServer((request, response) => {
    handle(options, request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      send(response, status, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(options: PreviewOptions, request: http.IncomingMessage, response: http.ServerResponse) {
  const { runtime } = options;
  checkOrigin(request);
  const route = `${request.method} ${new URL(request.url ?? '/', 'http://localhost').pathname}`;
  switch (route) {
    case 'GET /':
      return send(response, 200, 'text/html; charset=utf-8', clientFile('sheetView.html'), PAGE_CSP);
    case 'GET /sheet-view.css':
      return send(response, 200, 'text/css; charset=utf-8', clientFile('sheetView.css'));
    case 'GET /sheet-view.js':
      return send(response, 200, 'text/javascript; charset=utf-8', sheetViewScript());
    case 'GET /sidebar':
      return send(response, 200, 'text/html; charset=utf-8', sidebarWithShim(options.sidebarPath));
    case 'GET /api/view':
      return sendJson(response, sheetView(runtime));
    case 'POST /api/select':
      selectInRuntime(runtime, await jsonBody(request));
      return sendJson(response, sheetView(runtime));
    case `POST ${SCRIPT_RUN_PATH}`: {
      const body = await readBody(request);
      if (!options.fixedClock) runtime.clock.set(new Date());
      const { reply } = answerScriptRun(runtime, body);
      runtime.evaluateFormulas(); // Sheets recalculates after every change
      return sendJson(response, reply);
    }
    default:
      throw new HttpError(404, `Nothing at ${route}`);
  }
}

/**
 * Only pages of this server may talk to it: a Host other than 127.0.0.1/localhost (DNS rebinding)
 * or a request from another site's page is refused.
 */
function checkOrigin(request: http.IncomingMessage): void {
  const host = request.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) throw new HttpError(403, `Refused Host ${host}`);
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) throw new HttpError(403, `Refused Origin ${origin}`);
}

function clientFile(name: string): string {
  return fs.readFileSync(path.join(CLIENT, name), 'utf8');
}

/** The built sidebar with google.script defined before any of its own script runs. */
function sidebarWithShim(sidebarPath: string): string {
  if (!fs.existsSync(sidebarPath)) throw new HttpError(500, `No ${sidebarPath}: run npm run build`);
  const html = fs.readFileSync(sidebarPath, 'utf8');
  return html.replace(/<head>/i, () => `<head>\n<script>${googleScriptShim()}</script>`);
}

/** A click on a tab or a cell of the sheet view: `{ tab, range? }`. */
function selectInRuntime(runtime: Runtime, body: unknown): void {
  const { tab, range } = (body ?? {}) as { tab?: unknown; range?: unknown };
  const sheet = typeof tab === 'string' ? runtime.spreadsheet.getSheetByName(tab) : null;
  if (!sheet) throw new HttpError(400, `No tab ${String(tab)}`);
  try {
    if (typeof range === 'string') sheet.getRange(range).activate();
    else sheet.activate();
  } catch {
    throw new HttpError(400, `No range ${String(range)} on ${sheet.getName()}`);
  }
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  if (!/^application\/json\b/.test(request.headers['content-type'] ?? ''))
    throw new HttpError(415, 'Send JSON (Content-Type: application/json)');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function jsonBody(request: http.IncomingMessage): Promise<unknown> {
  try {
    return JSON.parse(await readBody(request));
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, 'The request is not JSON');
  }
}

function sendJson(response: http.ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(response: http.ServerResponse, status: number, type: string, body: string, csp?: string): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(csp ? { 'content-security-policy': csp } : {}),
  });
  response.end(body);
}
