import { defineConfig, devices } from '@playwright/test';

// PODCAPS_E2E_PORT and PODCAPS_E2E_DIST let several checkouts or engineers run the suite side by side
// (build with `npx vite build --outDir <dist>` first).
const port = Number(process.env.PODCAPS_E2E_PORT ?? 4173);
const dist = process.env.PODCAPS_E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Waits, not goals: on a loaded 2-CPU CI machine the suite's two workers, Chromium's processes and
  // Monaco's workers share the cores, and a slow moment is not a failure (speed is npm run bench's).
  timeout: 45_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1400, height: 900 },
        permissions: ['clipboard-read', 'clipboard-write'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --outDir ${dist} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
