/**
 * Reads `docker run` / `podman run` command lines into {@link DockerSpec}s: one command per line,
 * a backslash before the newline continues it, quoting as a POSIX shell does (shell-quote).
 */
import { parse } from 'shell-quote';
import { longTakesValue, shortOption } from './dockerFlags.ts';
import { type DockerSpec, type Engine, ImportError } from './dockerSpec.ts';

// The client's own options before `run` (docker --host X run …, podman --connection X run …).
const GLOBAL_VALUE_FLAGS = new Set([
  '-H', '--host', '-c', '--context', '--config', '-l', '--log-level', '--tlscacert', '--tlscert',
  '--tlskey', '--connection', '--url', '--identity', '--root', '--runroot', '--storage-driver',
  '--cgroup-manager', '--events-backend', '--runtime', '--network-cmd-path', '--tmpdir', '--module',
]); // prettier-ignore

/** One command of the input, with the line it starts on (1-based). */
interface CommandText {
  readonly line: number;
  readonly text: string;
}

/** Splits the input into commands: backslash-newline joins lines, blank and `#` lines go. */
export function splitCommands(input: string): CommandText[] {
  const out: CommandText[] = [];
  const lines = input.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = lines[i]!;
    // An odd number of trailing backslashes escapes the newline (a shell line continuation).
    while (/(^|[^\\])(\\\\)*\\$/.test(text) && i + 1 < lines.length) {
      text = `${text.slice(0, -1)} ${lines[++i]!}`;
    }
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    out.push({ line: start + 1, text: trimmed.replace(/^\$\s+/, '') });
  }
  return out;
}

/** The words of one command; `$VAR` is kept as written (we do not know the user's environment). */
function words(command: CommandText): string[] {
  const out: string[] = [];
  for (const entry of parse(command.text, (key) => `$${key}`)) {
    if (typeof entry === 'string') {
      out.push(entry);
    } else if ('comment' in entry) {
      break;
    } else if ('op' in entry && entry.op === 'glob') {
      out.push(entry.pattern);
    } else {
      // `docker run … && echo done`, `| tee`: only the docker command itself is imported.
      break;
    }
  }
  return out;
}

/** Skips `sudo`, `VAR=value`, the client and its own options; answers the engine and `run`'s index. */
function findRun(ws: readonly string[], where: string): { engine: Engine; start: number } {
  let i = 0;
  while (i < ws.length && (ws[i] === 'sudo' || /^[A-Za-z_][A-Za-z0-9_]*=/.test(ws[i]!))) i++;
  const client = (ws[i] ?? '').split('/').pop() ?? '';
  const engine: Engine | undefined =
    client === 'docker' ? 'docker' : client === 'podman' ? 'podman' : undefined;
  if (engine) {
    i++;
    while (i < ws.length && ws[i]!.startsWith('-')) {
      i += GLOBAL_VALUE_FLAGS.has(ws[i]!) ? 2 : 1;
    }
    if (ws[i] === 'container') i++;
    if (ws[i] === 'run' || ws[i] === 'create') return { engine, start: i + 1 };
  }
  const shown = ws.slice(0, 3).join(' ');
  throw new ImportError(
    `${where}: not a docker run or podman run command: ${JSON.stringify(shown.length > 60 ? `${shown.slice(0, 57)}...` : shown)}`,
  );
}

// --cap-add takes one name per flag in the docker CLI (opts.ListOpts); podman's pflag StringSlice
// also splits commas. We split both and say so for docker, where "A,B" would be refused.
function capNames(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Reads one command line into a spec. Throws ImportError when it is not `docker|podman run IMAGE`. */
export function readRunCommand(command: CommandText): DockerSpec {
  const where = `line ${command.line}`;
  const ws = words(command);
  const { engine, start } = findRun(ws, where);
  const capAdd: string[] = [];
  const capDrop: string[] = [];
  const groupAdd: string[] = [];
  const securityOpt: string[] = [];
  const ignored: string[] = [];
  let privileged = false;
  let user: string | undefined;
  let name: string | undefined;
  let entrypoint: string[] | undefined;

  const take = (flag: string, value: string): void => {
    switch (flag) {
      case 'cap-add':
      case 'cap-drop': {
        const names = capNames(value);
        if (engine === 'docker' && names.length > 1) {
          ignored.push(
            `--${flag} ${value}: the docker CLI takes one name per --${flag} and would refuse "${value}"; read as ${names.length} names`,
          );
        }
        (flag === 'cap-add' ? capAdd : capDrop).push(...names);
        return;
      }
      case 'user':
        user = value;
        return;
      case 'group-add':
        groupAdd.push(value);
        return;
      case 'security-opt':
        securityOpt.push(value);
        return;
      case 'name':
        name = value;
        return;
      case 'entrypoint':
        // Docker takes the whole string as the executable (strslice of one); "" clears it.
        entrypoint = value === '' ? [] : [value];
        return;
      default:
        ignored.push(`--${flag} ${value}`);
    }
  };
  const toggle = (flag: string, value: string | undefined): void => {
    if (flag === 'privileged') privileged = value === undefined || value === 'true';
    else ignored.push(value === undefined ? `--${flag}` : `--${flag}=${value}`);
  };

  let i = start;
  for (; i < ws.length; i++) {
    const w = ws[i]!;
    if (w === '--') {
      i++;
      break;
    }
    if (!w.startsWith('-') || w === '-') break;
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const flag = eq === -1 ? w.slice(2) : w.slice(2, eq);
      if (longTakesValue(flag)) {
        if (eq !== -1) take(flag, w.slice(eq + 1));
        else if (i + 1 < ws.length) take(flag, ws[++i]!);
        else throw new ImportError(`${where}: --${flag} needs a value`);
      } else {
        toggle(flag, eq === -1 ? undefined : w.slice(eq + 1));
      }
      continue;
    }
    // A group of short options: -it, -dp 80:80, -uroot, -e=X.
    for (let j = 1; j < w.length; j++) {
      const letter = w[j]!;
      const known = shortOption(letter);
      if (!known) {
        ignored.push(`-${letter} (unknown option, read as a switch)`);
        continue;
      }
      if (!known.value) {
        toggle(known.long, undefined);
        continue;
      }
      const rest = w.slice(j + 1).replace(/^=/, '');
      if (rest !== '') take(known.long, rest);
      else if (i + 1 < ws.length) take(known.long, ws[++i]!);
      else throw new ImportError(`${where}: -${letter} needs a value`);
      break;
    }
  }
  const image = ws[i];
  if (image === undefined) throw new ImportError(`${where}: no image after ${engine} run`);
  const args = ws.slice(i + 1);
  return {
    engine,
    source: 'run',
    where,
    name,
    image,
    entrypoint,
    args: args.length > 0 ? args : undefined,
    capAdd,
    capDrop,
    privileged,
    user,
    groupAdd,
    securityOpt,
    ignored,
    original: command.text,
  };
}

/** Every command of the input, in order. Throws ImportError when there is none or one is bad. */
export function readRunCommands(input: string): DockerSpec[] {
  const commands = splitCommands(input);
  if (commands.length === 0) throw new ImportError('no docker run command and no Compose file');
  return commands.map(readRunCommand);
}
