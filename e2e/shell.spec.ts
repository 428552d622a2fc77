import { expect, test } from '@playwright/test';

test('the app shell says what Podcaps is', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Podcaps' })).toBeVisible();
});
