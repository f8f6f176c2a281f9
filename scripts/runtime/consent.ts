/**
 * Granular consent: each user grants some of the manifest's scopes. A scope the manifest does not
 * declare can never be granted; ScriptApp.requireScopes asks for missing ones and ends the execution.
 */

export const AUTHORIZATION_REQUIRED = 'Authorization is required to perform that action.';

export class ConsentCenter {
  /** Each requireScopes call that stopped an execution: the scopes it asked for that were missing. */
  readonly requests: string[][] = [];
  /** Set when something ended the current execution (requireScopes, the time limit); every later service call fails with it. */
  stoppedWith?: string;
  private readonly byUser = new Map<string, Set<string>>();
  private readonly initial: string[];

  constructor(
    readonly declared: readonly string[],
    initial: readonly string[],
    private readonly user: () => string,
  ) {
    this.requireDeclared(initial);
    this.initial = [...initial];
  }

  /** The current user's granted scopes. */
  get granted(): Set<string> {
    let granted = this.byUser.get(this.user());
    if (!granted) {
      granted = new Set(this.initial);
      this.byUser.set(this.user(), granted);
    }
    return granted;
  }

  /** The current user consents to these scopes (what the authorization prompt does). */
  grant(scopes: readonly string[]): void {
    this.requireDeclared(scopes);
    for (const scope of scopes) this.granted.add(scope);
  }

  /** Whether the manifest declares, and the current user has granted, at least one of these scopes. */
  allowsAny(scopes: readonly string[]): boolean {
    return scopes.some((scope) => this.declared.includes(scope) && this.granted.has(scope));
  }

  missing(scopes: readonly string[]): string[] {
    return scopes.filter((scope) => !this.granted.has(scope));
  }

  requireDeclared(scopes: readonly string[]): void {
    const undeclared = scopes.filter((scope) => !this.declared.includes(scope));
    if (undeclared.length > 0)
      throw new Error(
        `Scope ${undeclared.join(', ')} is not in appsscript.json's oauthScopes, so no user can grant it. ` +
          'Add it to oauthScopes or stop asking for it.',
      );
  }
}
