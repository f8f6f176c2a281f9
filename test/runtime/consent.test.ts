import type { RuntimeOptions } from '../../scripts/runtime';
import { runtimeWith } from './fixture';

const SHEETS = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
const SEND = 'https://www.googleapis.com/auth/gmail.send';
const METADATA = 'https://www.googleapis.com/auth/gmail.metadata';
const UNDECLARED = 'https://www.googleapis.com/auth/drive';

const CODE = `
function info(scopes) {
  var info = scopes ? ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, scopes) : ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return {
    required: info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED,
    status: String(info.getAuthorizationStatus()),
    url: info.getAuthorizationUrl(),
    authorized: info.getAuthorizedScopes(),
  };
}
function turnOnReplyTracking(scopes) {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, scopes);
  PropertiesService.getUserProperties().setProperty('tracking', 'on');
  return 'on';
}
function swallowRequireScopes(scopes) {
  var caught = 'nothing';
  try { ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, scopes); } catch (e) { caught = e.message; }
  PropertiesService.getUserProperties().setProperty('after', caught);
  return 'carried on';
}
function requireAll() { ScriptApp.requireAllScopes(ScriptApp.AuthMode.FULL); return 'all granted'; }
function modes() { return [ScriptApp.AuthMode.FULL, ScriptApp.AuthMode.LIMITED, ScriptApp.AuthorizationStatus.NOT_REQUIRED]; }
`;

function consentRuntime(options: Partial<RuntimeOptions> = {}) {
  return runtimeWith(CODE, undefined, {
    ...options,
    files: {
      'appsscript.json': JSON.stringify({ timeZone: 'America/Los_Angeles', oauthScopes: [SHEETS, SEND, METADATA] }),
    },
  });
}

describe('granular consent', () => {
  it('grants every manifest scope by default', () => {
    const rt = consentRuntime();
    expect([...rt.consent.granted]).toEqual([SHEETS, SEND, METADATA]);
    expect(rt.call('info')).toEqual({
      required: false,
      status: 'NOT_REQUIRED',
      url: null,
      authorized: [SHEETS, SEND, METADATA],
    });
    expect(rt.call('modes')).toEqual(['FULL', 'LIMITED', 'NOT_REQUIRED']);
  });

  it('reports a withheld scope as required, with a URL asking for it', () => {
    const rt = consentRuntime({ withheldScopes: [METADATA] });
    const all = rt.call('info') as { required: boolean; url: string; authorized: string[] };
    expect(all.required).toBe(true);
    expect(decodeURIComponent(all.url)).toContain(METADATA);
    expect(all.authorized).toEqual([SHEETS, SEND]);
    expect(rt.call('info', [SEND])).toEqual({ required: false, status: 'NOT_REQUIRED', url: null, authorized: [SEND] });
    expect(rt.call('info', [SEND, METADATA])).toMatchObject({ required: true, authorized: [SEND] });
  });

  it('takes the granted scopes as given, for each user separately', () => {
    const rt = consentRuntime({ grantedScopes: [SHEETS] });
    expect(rt.call('info', [SEND])).toMatchObject({ required: true, authorized: [] });
    rt.consent.grant([SEND]);
    expect(rt.call('info', [SEND])).toMatchObject({ required: false });
    rt.userEmail = 'colleague@example.com';
    expect([...rt.consent.granted]).toEqual([SHEETS]);
  });

  it('requireScopes records the request and ends the execution until the user grants them', () => {
    const rt = consentRuntime({ withheldScopes: [SEND, METADATA] });
    expect(() => rt.call('turnOnReplyTracking', [SHEETS, METADATA])).toThrow(
      'Authorization is required to perform that action.',
    );
    expect(rt.consent.requests).toEqual([[METADATA]]);
    expect(rt.properties.user).toEqual({});
    rt.consent.grant(rt.consent.requests[0]);
    expect(rt.call('turnOnReplyTracking', [SHEETS, METADATA])).toBe('on');
    expect(rt.properties.user).toEqual({ tracking: 'on' });
    expect(rt.consent.requests).toHaveLength(1);
    expect(() => rt.call('requireAll')).toThrow('Authorization is required');
    expect(rt.consent.requests[1]).toEqual([SEND]);
  });

  it('ends the execution even when the script catches the error', () => {
    const rt = consentRuntime({ withheldScopes: [SEND] });
    expect(() => rt.call('swallowRequireScopes', [SEND])).toThrow('Authorization is required to perform that action.');
    expect(rt.properties.user).toEqual({});
    rt.consent.grant([SEND]);
    expect(rt.call('swallowRequireScopes', [SEND])).toBe('carried on');
    expect(rt.properties.user).toEqual({ after: 'nothing' });
  });

  it('can never grant a scope the manifest does not declare', () => {
    const rt = consentRuntime();
    expect(() => rt.call('turnOnReplyTracking', [UNDECLARED])).toThrow(
      `Scope ${UNDECLARED} is not in appsscript.json's oauthScopes, so no user can grant it.`,
    );
    expect(rt.consent.requests).toEqual([]);
    expect(() => rt.call('info', [UNDECLARED])).toThrow('is not in appsscript.json');
    expect(() => rt.consent.grant([UNDECLARED])).toThrow('is not in appsscript.json');
    expect(() => consentRuntime({ grantedScopes: [UNDECLARED] })).toThrow('is not in appsscript.json');
  });

  it('is not available to custom functions', () => {
    expect(() => consentRuntime().callAs('CUSTOM_FUNCTION', 'info')).toThrow(
      'You do not have permission to call ScriptApp.getAuthorizationInfo',
    );
  });
});
