import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nodeSpan } from './nodeSpan.ts';

const TEXT = `kind: Pod
spec:
  securityContext:
    runAsUser: 1000
  containers:
    - name: app
      image: x
      securityContext:
        privileged: true
        capabilities:
          add:
            - SYS_ADMIN
    - name: bare
      image: y
`;
const [doc] = parseAllDocuments(TEXT, {});

/** The text nodeSpan points at for `path`. */
function shown(...path: (string | number)[]): string | undefined {
  const span = nodeSpan(TEXT, doc!, path);
  return span && TEXT.slice(span.start, span.end);
}

describe('nodeSpan', () => {
  it('gives a mapping value from its key, and a list entry alone', () => {
    expect(shown('spec', 'containers', 0, 'securityContext', 'privileged')).toBe(
      'privileged: true',
    );
    expect(shown('spec', 'containers', 0, 'securityContext', 'capabilities', 'add', 0)).toBe(
      'SYS_ADMIN',
    );
    expect(shown('spec', 'securityContext', 'runAsUser')).toBe('runAsUser: 1000');
  });

  it("gives a container's name pair for it, and for what is missing in it", () => {
    expect(shown('spec', 'containers', 0)).toBe('name: app');
    expect(shown('spec', 'containers', 0, 'securityContext')).toBe('name: app');
    expect(shown('spec', 'containers', 0, 'securityContext', 'capabilities')).toBe('name: app');
    expect(shown('spec', 'containers', 0, 'securityContext', 'allowPrivilegeEscalation')).toBe(
      'name: app',
    );
    expect(shown('spec', 'containers', 1, 'securityContext', 'capabilities', 'drop')).toBe(
      'name: bare',
    );
  });

  it('gives the key alone for a setting missing on the pod', () => {
    expect(shown('spec', 'securityContext', 'runAsNonRoot')).toBe('securityContext');
    expect(shown('spec', 'hostNetwork')).toBe('spec');
    expect(shown('spec')).toBe('spec');
  });
});
