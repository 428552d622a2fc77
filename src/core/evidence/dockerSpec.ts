/**
 * What one `docker run` / `podman run` command or one Compose service asks of the engine, reduced to
 * what decides the process's capabilities and identity (dockerRun.ts and compose.ts fill it).
 */

/** The engine the input was written for; their default capability sets differ. */
export type Engine = 'docker' | 'podman';

/** One container to import. */
export interface DockerSpec {
  readonly engine: Engine;
  /** `run`: a command line (becomes a Pod); `compose`: a Compose service (becomes a Deployment). */
  readonly source: 'run' | 'compose';
  /** Where it came from, for notes: `line 3` or `service web`. */
  readonly where: string;
  /** `--name` or the Compose service name; undefined when the name must come from the image. */
  readonly name: string | undefined;
  readonly image: string;
  /** `--entrypoint` / Compose `entrypoint`: becomes the container's `command`. */
  readonly entrypoint: readonly string[] | undefined;
  /** Arguments after the image / Compose `command`: replace the image's CMD, so `args`. */
  readonly args: readonly string[] | undefined;
  /** `--cap-add` / `cap_add` entries as written (comma lists already split). */
  readonly capAdd: readonly string[];
  readonly capDrop: readonly string[];
  readonly privileged: boolean;
  /** `--user` / `user` as written: `uid`, `uid:gid`, or names. */
  readonly user: string | undefined;
  readonly groupAdd: readonly string[];
  readonly securityOpt: readonly string[];
  /** What the reader skipped, one note each (flags or keys that do not change capabilities). */
  readonly ignored: readonly string[];
  /** The original text, for the comment above the generated object. */
  readonly original: string;
}

/** Input that cannot be imported; the message is one line. */
export class ImportError extends Error {}
