/**
 * `npm run deploy:reading`: pushes dist-reading/ (the add-on that may read replies and bounces, with
 * the restricted gmail.metadata scope in its manifest) to the script in .clasp.json, instead of dist/.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..');
const project = JSON.parse(fs.readFileSync(path.join(root, '.clasp.json'), 'utf8')) as { scriptId: string };
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'creator-ops-')), '.clasp.json');
fs.writeFileSync(file, JSON.stringify({ scriptId: project.scriptId, rootDir: path.join(root, 'dist-reading') }));
execFileSync('npx', ['clasp', '-P', file, 'push', '--force'], { stdio: 'inherit', cwd: root });
