/**
 * Printed by the browser host's suites (test/integration/web/suites.ts) when the workbench reports
 * no file change at all in a session: runIntegration.ts then starts the run again on a fresh server.
 */
export const NO_FILE_EVENTS = '[reflection] the test bed delivers no file events';
