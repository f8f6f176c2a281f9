/**
 * The built manifest (dist/appsscript.json beside Code.js): the OAuth scopes the add-on declares and
 * the advanced services it enables. Without the file the add-on declares no scopes and no services.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface AdvancedService {
  userSymbol: string;
  serviceId: string;
  version: string;
}

export interface Manifest {
  oauthScopes: string[];
  advancedServices: AdvancedService[];
}

export function readManifest(codePath: string): Manifest {
  const file = path.join(path.dirname(codePath), 'appsscript.json');
  if (!fs.existsSync(file)) return { oauthScopes: [], advancedServices: [] };
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    oauthScopes?: string[];
    dependencies?: { enabledAdvancedServices?: AdvancedService[] };
  };
  return {
    oauthScopes: json.oauthScopes ?? [],
    advancedServices: json.dependencies?.enabledAdvancedServices ?? [],
  };
}

/** The global name under which the manifest enables this advanced service, if it does. */
export function advancedServiceSymbol(manifest: Manifest, serviceId: string): string | undefined {
  return manifest.advancedServices.find((service) => service.serviceId === serviceId)?.userSymbol;
}
