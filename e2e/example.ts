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
