/**
 * Something a person can put right — a date written wrongly, a link in the way, a value an edit
 * cannot follow — as opposed to a bug. The message says what and how; the CLI prints it as one
 * line, the extension shows it without a log.
 *
 * A refusal is recognised by a registered symbol, not by its class alone: the calendar reader is a
 * bundle of its own (`dist/calendar.js`) with its own copy of this class.
 */
const REFUSAL = Symbol.for('reflection-journal.refusal');

export class Refusal extends Error {
  readonly [REFUSAL] = true;

  static [Symbol.hasInstance](value: unknown): boolean {
    if (this !== Refusal) {
      return Function.prototype[Symbol.hasInstance].call(this, value);
    }
    return typeof value === 'object' && value !== null && REFUSAL in value;
  }
}
