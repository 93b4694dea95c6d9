/**
 * Capturing a forecast without friction: "What do you expect to happen?" and "How sure are you?"
 * (50 … 95 %, or typed), asked when a decision or a bet is recorded. Esc at either skips both:
 * an expectation without a confidence cannot be scored, and neither is required.
 */
import * as vscode from 'vscode';
import { Refusal } from '../journal/base/refusal';
import { parseConfidence } from '../journal/entries/expectation';
import { pickOrType } from './pickOrType';

/** The fields to write: none, or `expect` and `confidence` (as `80%`). */
export type ExpectationFields = Array<[string, string]>;

const OFFERED = [50, 60, 70, 80, 90, 95];

/** `confidence` as it is written into an item: a whole percentage. */
export function confidenceText(chance: number): string {
  return `${Math.round(chance * 100)}%`;
}

/** The fields from a command's arguments (keybindings, tests): both, or none. */
export function expectationFromArgs(expect: unknown, confidence: unknown): ExpectationFields {
  if (expect === undefined && confidence === undefined) {
    return [];
  }
  const chance = parseConfidence(confidence);
  if (typeof expect !== 'string' || expect.trim() === '' || chance === undefined) {
    throw new Refusal('give both "expect" (what you expect to happen) and "confidence" (like 70%), or neither');
  }
  return [['expect', expect.trim()], ['confidence', confidenceText(chance)]];
}

/** Asks for the expectation, then the confidence; Esc at either gives no fields. */
export async function askExpectation(title: string): Promise<ExpectationFields> {
  const expect = await vscode.window.showInputBox({
    title, prompt: 'What do you expect to happen? One line (Esc skips this and the next question)',
    placeHolder: 'e.g. Fewer weekend pages within a month', ignoreFocusOut: true,
  });
  if (!expect?.trim()) {
    return [];
  }
  const chance = await pickConfidence(title);
  return chance === undefined ? [] : [['expect', expect.trim()], ['confidence', confidenceText(chance)]];
}

/** 50 … 95 %, or a typed one (`75`, `75%`, `0.75`) offered as you type. */
function pickConfidence(title: string): Promise<number | undefined> {
  return pickOrType<number>({
    title,
    placeholder: 'How sure are you that it happens? Pick one or type it (75, 75%, 0.75)',
    presets: OFFERED.map((value) => ({ label: `${value} %`, value: value / 100 })),
    read: (typed) => {
      const chance = parseConfidence(typed);
      return chance === undefined ? { hint: `"${typed}" is not a chance: type 75, 75% or 0.75` } : { label: `${Math.round(chance * 100)} %`, value: chance };
    },
  });
}
