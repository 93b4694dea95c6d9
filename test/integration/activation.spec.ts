import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { currentDay } from '../../src/workspace/clock';
import { EXTENSION_ID } from './helpers';

// Runs first (file order): nothing before it has used the extension.
describe('start-up', () => {
  it('runs inside a real VS Code', () => {
    console.log(`    vscode.version ${vscode.version}, remote ${vscode.env.remoteName ?? 'none'}, host ${vscode.env.appHost}, extension host ${typeof process === 'undefined' ? 'web worker' : 'Node'}, today ${currentDay()}`);
    assert.match(vscode.version, /^1\.\d+\.\d+$/);
  });

  it('does not activate the extension when VS Code starts', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    assert.equal(extension.isActive, false);
  });

  it('contributes its commands to the palette under "Reflection"', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const commands = extension.packageJSON.contributes.commands as Array<{ command: string; category: string }>;
    assert.ok(commands.length >= 4);
    assert.ok(commands.every((command) => command.category === 'Reflection'));
  });

  it('registers every contributed command once a command has activated it', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await vscode.commands.executeCommand('reflection.newMonthlyReflection', { date: 'not a date' });
    assert.equal(extension.isActive, true);
    const registered = await vscode.commands.getCommands(true);
    const commands = extension.packageJSON.contributes.commands as Array<{ command: string }>;
    for (const { command } of commands) {
      assert.ok(registered.includes(command), command);
    }
  });
});
