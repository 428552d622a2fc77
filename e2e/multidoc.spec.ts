import { replaceOnce } from '../testing/replaceOnce.ts';
import { expect, test } from './fixtures.ts';

// Comments, odd quoting, flow style, blank lines and a non-workload document: all must survive.
const RENDERED = `# Rendered by a chart; do not edit by hand.
apiVersion: v1
kind: Namespace
metadata: {name: tools}   # flow style kept
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: tools
spec:
  replicas: 2

  template:
    spec:
      containers:
      # the proxy sidecar
      - name: proxy
        image: 'envoy:v1'
        securityContext:
          capabilities:
            drop: ["ALL"]   # least privilege
      - name: app
        image: "nginx"    # main container
---
apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: shell
      image: busybox
`;

test('a form edit on a pasted multi-document file touches only the edited container', async ({
  app,
}) => {
  await app.goto();
  await app.pasteIntoEditor(RENDERED);
  await expect(app.container.getByRole('option')).toHaveText([
    'web / proxy',
    'web / app',
    'debug / shell',
  ]);
  await app.container.selectOption({ label: 'web / app' });
  await app.checkbox('add NET_BIND_SERVICE').check();
  await app.checkbox('drop NET_RAW').check();
  const expected = replaceOnce(
    RENDERED,
    '        image: "nginx"    # main container\n',
    '        image: "nginx"    # main container\n' +
      '        securityContext:\n' +
      '          capabilities:\n' +
      // The new lists follow this document's style: sequences not indented under their key.
      '            add:\n' +
      '            - NET_BIND_SERVICE\n' +
      '            drop:\n' +
      '            - NET_RAW\n',
  );
  expect(await app.copiedYaml()).toBe(expected);
  await expect(app.commandsRegion).toContainText('kubectl exec -n tools deploy/web -c app');

  await app.container.selectOption({ label: 'web / proxy' });
  await expect(app.checkbox('drop ALL')).toBeChecked();
  await app.checkbox('add CHOWN').check();
  const copied = await app.copiedYaml();
  expect(copied.startsWith(RENDERED.slice(0, RENDERED.indexOf('            drop: ["ALL"]')))).toBe(
    true,
  );
  // Guarded: with the marker gone, indexOf's -1 would leave only the last character to compare.
  const fromApp = expected.slice(expected.indexOf('      - name: app'));
  expect(fromApp).toMatch(/^ {6}- name: app\n/);
  expect(copied.endsWith(fromApp)).toBe(true);
});
