import { describe, expect, it } from 'vitest';
import { BAD_INPUTS } from '../../../testing/badInputCases.ts';
import { nothingToInspect } from './notices.ts';
import { parseManifest } from './parse.ts';

const KINDS =
  'Podcaps reads Pod, PodTemplate, Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, ReplicationController, CronJob and List.';

function object(kind: string, name?: string): string {
  const metadata = name === undefined ? '' : `metadata: {name: ${name}}\n`;
  return `apiVersion: v1\nkind: ${kind}\n${metadata}`;
}

describe('nothingToInspect', () => {
  it.each([
    ['an empty text', ''],
    ['blank lines', '\n  \n\t\n'],
    ['a byte order mark alone', '\uFEFF'],
  ])('%s: the file is empty', (_name, text) => {
    expect(nothingToInspect(parseManifest(text))).toBe(
      'The file is empty: there is no workload to inspect.',
    );
  });

  it.each([
    ['comments', '# nothing yet\n  # indented too\n'],
    ['document markers', '---\n---\n...\n'],
    ['both, with CRLF', '--- # first\r\n# note\r\n---\r\n'],
  ])('%s: only comments and empty documents', (_name, text) => {
    expect(nothingToInspect(parseManifest(text))).toBe(
      'The file holds only comments and empty documents: there is no workload to inspect.',
    );
  });

  it('names the objects a file holds instead of a workload, and the kinds it could hold', () => {
    const text = `${object('Service', 'dns')}---\n${object('ConfigMap', 'cfg')}`;
    expect(nothingToInspect(parseManifest(text))).toBe(
      `No workload in this file: it holds Service "dns" and ConfigMap "cfg". ${KINDS}`,
    );
  });

  it('names one object alone, and one without a name by its kind', () => {
    expect(nothingToInspect(parseManifest(object('Namespace')))).toBe(
      `No workload in this file: it holds a Namespace without a name. ${KINDS}`,
    );
    expect(nothingToInspect(parseManifest(object('Service', 's')))).toBe(
      `No workload in this file: it holds Service "s". ${KINDS}`,
    );
  });

  it('names three objects and counts the rest, so the message stays one line', () => {
    const text = ['a', 'b', 'c', 'd', 'e'].map((n) => object('Service', n)).join('---\n');
    expect(nothingToInspect(parseManifest(text))).toBe(
      `No workload in this file: it holds Service "a", Service "b", Service "c" and 2 more objects. ${KINDS}`,
    );
  });

  it('finds the objects inside a List, and says so for an empty List', () => {
    const list =
      'apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: Secret, metadata: {name: k}}\n';
    expect(nothingToInspect(parseManifest(list))).toBe(
      `No workload in this file: it holds Secret "k". ${KINDS}`,
    );
    expect(nothingToInspect(parseManifest('apiVersion: v1\nkind: List\nitems: []\n'))).toBe(
      `No workload in this file. ${KINDS}`,
    );
  });

  it('points out a workload kind in the wrong case', () => {
    expect(nothingToInspect(parseManifest(object('deployment', 'web')))).toBe(
      `No workload in this file: it holds deployment "web". ${KINDS} Kinds are case-sensitive: write Deployment, not deployment.`,
    );
  });

  it('has nothing to say when there is a workload, even one without containers', () => {
    expect(nothingToInspect(parseManifest(`${object('Pod', 'p')}spec:\n  containers: []\n`))).toBe(
      undefined,
    );
    const mixed = `${object('Service', 's')}---\n${object('Pod', 'p')}spec: {}\n`;
    expect(nothingToInspect(parseManifest(mixed))).toBe(undefined);
  });

  it('leaves a text with errors to its errors', () => {
    expect(nothingToInspect(parseManifest('kind: Service\nkind: Service\n'))).toBe(undefined);
    expect(nothingToInspect(parseManifest('just a string\n'))).toBe(undefined);
  });

  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))(
    'bad input %s: a notice exactly when there is no error to show',
    (_name, { text, problem }) => {
      const notice = nothingToInspect(parseManifest(text));
      if (problem === undefined) expect(notice).toMatch(/^[^\n]+\.$/);
      else expect(notice).toBe(undefined);
    },
  );
});
