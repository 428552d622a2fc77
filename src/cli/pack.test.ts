// The package as a team installs it: npm pack, then npm install of the tarball in an empty
// folder, then the installed podcaps, which must run without tsx, sources or the checkout.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_MANIFEST } from '../core/example.ts';

const root = resolve(import.meta.dirname, '../..');

describe('npm pack', () => {
  it('gives a package that installs and runs on its own', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'podcaps-pack-'));
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    const files = packed!.files.map((f) => f.path).sort();
    // The entry, and the chunks it loads as a command asks (one per command and shared part):
    // built JavaScript only, no sources, tests or maps.
    const chunks = files.filter((f) => f.startsWith('dist-cli/chunks/'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.every((f) => /^dist-cli\/chunks\/[\w-]+\.js$/.test(f))).toBe(true);
    expect(files.filter((f) => !chunks.includes(f))).toEqual([
      'README.md',
      'bin/podcaps.js',
      'dist-cli/podcaps.js',
      'package.json',
    ]);

    const app = join(dir, 'app');
    execFileSync('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), '{"name": "app", "private": true}\n');
    // No dependencies to fetch: the CLI is one bundle, so this works offline.
    execFileSync(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', join(dir, packed!.filename)],
      { cwd: app, stdio: 'ignore' },
    );
    writeFileSync(join(app, 'mypod.yaml'), EXAMPLE_MANIFEST);
    const podcaps = (...args: string[]) =>
      spawnSync(join(app, 'node_modules/.bin/podcaps'), args, { cwd: app, encoding: 'utf8' });

    const capsh = podcaps('capsh', 'mypod.yaml');
    expect([capsh.status, capsh.stderr]).toEqual([0, '']);
    expect(capsh.stdout.split('\n')[0]).toMatch(/^Current: cap_chown,.*cap_net_admin,/);
    const sarif = podcaps('check', 'mypod.yaml', '--format', 'sarif');
    expect(sarif.status).toBe(1);
    const log = JSON.parse(sarif.stdout) as { runs: { results: unknown[] }[] };
    expect(log.runs[0]!.results).toHaveLength(5);
    const fix = podcaps('fix', 'mypod.yaml', '--dry-run');
    expect(fix.status).toBe(0);
    expect(fix.stdout).toMatch(/^--- a\/mypod\.yaml\n\+\+\+ b\/mypod\.yaml\n@@ /);
    expect(readFileSync(join(app, 'mypod.yaml'), 'utf8')).toBe(EXAMPLE_MANIFEST);
    expect(podcaps('--version').stdout).toBe('0.1.0\n');
  });
});
