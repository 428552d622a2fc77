/**
 * The manifest Podcaps opens with and returns to on "Reset to example" (SPEC.md, "The example it
 * opens with"). Only the app needs it, so it lives beside the store rather than in the core.
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
