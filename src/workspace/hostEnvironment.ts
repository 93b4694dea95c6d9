/**
 * A variable of the extension host's environment. The browser's extension host (vscode.dev, a web
 * worker) has no `process`: there a variable can only be set on `globalThis`, as the web test entry
 * does for `REFLECTION_TODAY`.
 */
export function hostEnvironment(name: string): string | undefined {
  const host = globalThis as { process?: { env?: Record<string, string | undefined> } } & Record<string, unknown>;
  const value = host.process?.env?.[name] ?? host[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
