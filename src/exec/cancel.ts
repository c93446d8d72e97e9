// Turns SIGINT/SIGTERM/SIGHUP to steplog into an AbortSignal whose reason is the signal's name, and
// so does a reader of steplog's output that went away (EPIPE), as SIGPIPE: `steplog run -- yes | head`
// ends as `yes | head` does, where Node would otherwise die of an unhandled error and orphan the command.
// The runner forwards that signal to the command's group and ends within a bounded grace
// (run-attempt.ts). A second signal while cancelling is the user insisting (a second Ctrl-C): it
// aborts `hurry`, and the runner kills the tree at once instead of waiting for the grace. Node
// itself never dies of it (the listeners stay), so the summary, outputs and log are still written.
export const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** What listenForCancel needs of `process`; an EventEmitter works in tests. */
export interface SignalSource {
  on(event: NodeJS.Signals, listener: () => void): unknown;
  off(event: NodeJS.Signals, listener: () => void): unknown;
}

/** An output stream of steplog's: its `error` events are heard. */
export interface OutputSource {
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

export interface CancelListener {
  /** Aborted by the first signal (or EPIPE); the reason is the signal's name. */
  signal: AbortSignal;
  /** Aborted by a second signal: kill now, without the grace. */
  hurry: AbortSignal;
  dispose(): void;
}

export function listenForCancel(
  proc: SignalSource = process,
  outputs: readonly OutputSource[] = [],
): CancelListener {
  const controller = new AbortController();
  const hurry = new AbortController();
  // Never removed: an EPIPE while the summary is written after the run must not crash steplog
  // either. Other errors leave the stream destroyed; the console sink then writes nothing.
  for (const output of outputs) {
    output.on('error', (error) => {
      if (error.code === 'EPIPE' && !controller.signal.aborted) controller.abort('SIGPIPE');
    });
  }
  const listeners = CANCEL_SIGNALS.map((name) => {
    const listener = () => {
      if (!controller.signal.aborted) controller.abort(name);
      else if (!hurry.signal.aborted) hurry.abort(name);
    };
    proc.on(name, listener);
    return [name, listener] as const;
  });
  return {
    signal: controller.signal,
    hurry: hurry.signal,
    dispose() {
      for (const [name, listener] of listeners) proc.off(name, listener);
    },
  };
}

/** The signal a cancellation stands for: its reason when that is a signal name, else SIGTERM. */
export function cancelSignalOf(cancel: AbortSignal): NodeJS.Signals {
  const reason: unknown = cancel.reason;
  return typeof reason === 'string' && /^SIG[A-Z0-9]+$/.test(reason) ? (reason as NodeJS.Signals) : 'SIGTERM';
}
