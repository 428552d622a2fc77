/**
 * The manifest Podcaps opens with (SPEC.md, "The example it opens with"): the classic capsh demo, a
 * Pod whose one container adds NET_ADMIN. It is domain data, so it lives in the core, where the
 * core's tests and the app can share one copy. (The e2e suite keeps its own on purpose: it checks
 * the app against SPEC.md rather than against this constant.)
 */
export const EXAMPLE_MANIFEST = `apiVersion: v1
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
