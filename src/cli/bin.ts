// The entry point bundled into dist-cli/podcaps.js (scripts/build-cli.mjs): the CLI on the
// process's own streams.
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), {
  // Read only for `-`: process.stdin makes a stream at first use, which loads Node's stream and
  // socket code (~4 ms of a start), so a command reading a file never touches it.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
});
