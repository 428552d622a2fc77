import packageJson from '../../package.json' with { type: 'json' };

/** The package's version, for `podcaps --version` and the SARIF tool. Bundled in at build time. */
export const PODCAPS_VERSION: string = packageJson.version;
