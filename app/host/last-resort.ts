/**
 * The process-wide net under every listener, installed by the entry points (the headless CLI and
 * Electron's main), never by createHost: under Vitest an unexpected error must still fail the
 * test that caused it. Every request and socket listener already catches its own errors; what
 * reaches here is a bug in some callback (a printer socket, a timer). The shop's data is safe
 * either way (SQLite commits whole or not at all), and a host that exits takes the counter down
 * in the middle of a sale, so the error is logged with its stack and the host keeps answering.
 * A storm of them (a loop throwing) is a host that no longer works: it exits so that it can be
 * started again, rather than answer wrongly.
 */
export interface LastResortOptions {
  log: (message: string, error?: unknown) => void;
  /** more than this many in `windowMs` ends the process */
  maxErrors?: number;
  windowMs?: number;
  exit?: (code: number) => void;
}

export function installLastResort(options: LastResortOptions): () => void {
  const maxErrors = options.maxErrors ?? 50;
  const windowMs = options.windowMs ?? 60_000;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const recent: number[] = [];
  const note = (kind: string) => (error: unknown) => {
    options.log(`[host] ${kind} (the host keeps running)`, error);
    const now = Date.now();
    recent.push(now);
    while (recent.length > 0 && (recent[0] ?? now) < now - windowMs) recent.shift();
    if (recent.length > maxErrors) {
      options.log(`[host] ${recent.length} unexpected errors in ${windowMs / 1000} s: stopping so the app can be started again`);
      exit(70);
    }
  };
  const onException = note('unexpected error');
  const onRejection = note('unhandled promise rejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
