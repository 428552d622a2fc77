import { replaceOnce } from '../testing/replaceOnce.ts';

/** The embedded example, as SPEC.md gives it (duplicated on purpose: the test must not trust the app). */
export const EXAMPLE = `apiVersion: v1
kind: Pod
metadata:
  name: mypod
spec:
  containers:
    - name: myshell
      image: "ubuntu:14.04"
      command:
        - /bin/sleep
        - "300"
      securityContext:
        capabilities:
          add:
            - NET_ADMIN
`;

/**
 * At least `size` characters of example pods, `pod-0`, `pod-1`, …, one per document: a large file
 * whose first container is `pod-0 / myshell`.
 */
export function manyPods(size: number): string {
  const docs: string[] = [];
  for (let n = 0, length = 0; length < size; n++) {
    docs.push(replaceOnce(EXAMPLE, 'mypod', `pod-${n}`));
    length += docs[n]!.length + 4;
  }
  return docs.join('---\n');
}
