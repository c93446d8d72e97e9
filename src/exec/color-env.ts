// The command's stdout is a pipe to steplog, so tools that colour only a terminal turn colours off.
// When steplog's own stdout is a terminal (or a CI log that renders ANSI and says so with a TTY),
// the command is told to keep them: FORCE_COLOR (Node, chalk, supports-color, pytest, …) and
// CLICOLOR_FORCE (the BSD/CMake/Go convention). A value already set wins, and NO_COLOR turns it off
// (https://no-color.org). Matchers and every tail strip ANSI, so nothing downstream sees the codes.

type Env = Readonly<Record<string, string | undefined>>;

export function colorEnv(env: Env, stdoutIsTerminal: boolean): Record<string, string> {
  if (!stdoutIsTerminal || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return {};
  const add: Record<string, string> = {};
  if (env.FORCE_COLOR === undefined) add.FORCE_COLOR = '1';
  if (env.CLICOLOR_FORCE === undefined) add.CLICOLOR_FORCE = '1';
  return add;
}
