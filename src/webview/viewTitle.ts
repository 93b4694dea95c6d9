/**
 * The Balance view's title bar: its headline numbers in native UI (`WebviewView.description`),
 * readable before the page's scripts have booted. The browser's extension host has its own
 * version of this (viewTitle.web.ts).
 */
import type * as vscode from 'vscode';

export function showTitleNumbers(view: vscode.WebviewView, text: string | undefined): void {
  if (view.description !== text) {
    view.description = text;
  }
}
