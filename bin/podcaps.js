#!/usr/bin/env node
// The CLI is bundled into dist-cli/ by scripts/build-cli.mjs, which `npm ci` (prepare) runs.
import '../dist-cli/podcaps.js';
