import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('the extension in VS Code', () => {
  it('runs inside a real VS Code', () => {
    console.log(`vscode.version ${vscode.version}, remote ${vscode.env.remoteName ?? 'none'}`);
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
  });
});
