import { describe, expect, it } from 'vitest';
import { BAD_INPUTS } from '../../testing/badInputCases.ts';
import { nothingToInspect } from '../core/manifest/notices.ts';
import { parseManifest } from '../core/manifest/parse.ts';
import { podcaps, tempFiles } from '../../testing/cliRun.ts';

const { file } = tempFiles('podcaps-bad-');

const COMMANDS = ['capsh', 'check', 'inspect'] as const;

const cases = COMMANDS.flatMap((command) =>
  BAD_INPUTS.map((input, i) => [command, input.name, i] as const),
);

describe('every command exits 2 with one line on stderr for bad input', () => {
  it.each(cases)('podcaps %s: %s', async (command, _name, i) => {
    const input = BAD_INPUTS[i]!;
    const path = file(`case-${i}.yaml`, input.text);
    const r = await podcaps([command, path]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^podcaps ${command}: [^\\n]+\\n$`));
    expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
    const message = r.stderr.slice(`podcaps ${command}: `.length, -1);
    if (input.problem === undefined) {
      // The app's alert says the same: both take it from the core.
      expect(message).toBe(`${path}: ${nothingToInspect(parseManifest(input.text))}`);
    } else {
      // `FILE:LINE:COLUMN: message` on the command line is `LINE:COLUMN message` in the cases.
      expect(message.startsWith(`${path}:`)).toBe(true);
      const shown = message
        .slice(path.length + 1)
        .replace(/^(\d+:\d+): /, '$1 ')
        .replace(/ \(and \d+ more\)$/, '');
      if (typeof input.problem === 'string') expect(shown).toBe(input.problem);
      else expect(shown).toMatch(input.problem);
    }
  });

  // capsh looks at one workload only, and already says this of it (main.test.ts).
  it.each(['check', 'inspect'])(
    'podcaps %s: a workload with containers: [] beside a good one (the API server refuses it)',
    async (command) => {
      const good =
        'kind: Pod\nmetadata: {name: good}\nspec:\n  containers: [{name: c, image: x}]\n';
      const path = file(
        'no-containers.yaml',
        `${good}---\nkind: Deployment\nmetadata: {name: empty}\nspec:\n  template:\n    spec:\n      initContainers: [{name: i, image: x}]\n      containers: []\n`,
      );
      expect(await podcaps([command, path])).toEqual({
        code: 2,
        stdout: '',
        stderr: `podcaps ${command}: Deployment "empty" in ${path} has no containers\n`,
      });
    },
  );

  it.each(COMMANDS)('podcaps %s: a 10 MB paste on stdin, refused at once', async (command) => {
    const paste = `apiVersion: v1\nkind: Pod\n${'# padding\n'.repeat(1_048_576)}`;
    expect(await podcaps([command, '-'], paste)).toEqual({
      code: 2,
      stdout: '',
      stderr: `podcaps ${command}: <stdin>:1:1: the text is too large to read: 10 MiB, more than the 8 MiB Podcaps reads\n`,
    });
  });

  it.each(COMMANDS)('podcaps %s: invalid UTF-8 bytes on stdin', async (command) => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x00, 0x50, 0x4b, 0x03, 0x04, 0xc3, 0x28]);
    const r = await podcaps([command, '-'], bytes);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(
      new RegExp(
        `^podcaps ${command}: <stdin>:1:3: the text holds a control character \\(U\\+0000\\) that YAML does not allow: is it a binary file\\? \\(and \\d+ more\\)\n$`,
      ),
    );
  });

  it.each(COMMANDS)(
    'podcaps %s: a YAML warning beside an error still gives one line',
    async (command) => {
      const path = file(
        'warning-and-error.yaml',
        'apiVersion: v1\nkind: Service\nmetadata: {name: !custom x}\n---\napiVersion: v1\nkind: Pod\nkind: Pod\n',
      );
      expect(await podcaps([command, path])).toEqual({
        code: 2,
        stdout: '',
        stderr: `podcaps ${command}: ${path}:7:1: Map keys must be unique\n`,
      });
    },
  );
});
