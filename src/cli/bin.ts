// The entry point bundled into dist-cli/podcaps.js (scripts/build-cli.mjs): the CLI on the
// process's own streams.
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
