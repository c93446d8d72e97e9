// Errors steplog raises about itself (not about the command). Each carries the exit status the CLI
// uses for it: 125 misconfigured/internal, 126 not executable, 127 not found.

export type SteplogExitStatus = 125 | 126 | 127;

export class SteplogError extends Error {
  readonly exitStatus: SteplogExitStatus;
  constructor(message: string, exitStatus: SteplogExitStatus = 125) {
    super(message);
    this.name = 'SteplogError';
    this.exitStatus = exitStatus;
  }
}

/** A rejected input. The message always names the input, the value and what is accepted. */
export class InputError extends SteplogError {
  readonly input: string;
  constructor(input: string, value: string, accepted: string) {
    super(`Invalid ${input}: ${JSON.stringify(value)}. Expected ${accepted}.`, 125);
    this.name = 'InputError';
    this.input = input;
  }
}

/** Turns anything thrown into a message, so a non-Error throw can never leave a step green. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
