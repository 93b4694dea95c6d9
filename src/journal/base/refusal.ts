/**
 * Something a person can put right — a date written wrongly, a link in the way, a value an edit
 * cannot follow — as opposed to a bug. The message says what and how; the CLI prints it as one
 * line, the extension shows it without a log.
 */
export class Refusal extends Error {}
