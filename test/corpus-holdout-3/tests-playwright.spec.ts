import { test, expect, type Page } from '@playwright/test';

test.use({ viewport: { width: 414, height: 896 } });
test.setTimeout(120_000);

async function openProfile(page: Page) {
  await page.goto('/profile');
  await page.waitForTimeout(300);
}

test.beforeEach(async ({ page }) => {
  await page.route('**/api/profile', (route) =>
    route.fulfill({
      status: 200, // expect: no-magic-status
      contentType: 'application/json',
      body: JSON.stringify({ name: 'Ada', followers: 404, following: 120 }),
    }),
  );
});

test('shows the empty feed', async ({ page }) => {
  await page.route('**/api/feed', (route) =>
    route.fulfill({ status: 204, body: JSON.stringify({ items: [] }) }), // expect: no-magic-status, no-body-with-bodiless-status
  );
  await openProfile(page);
  await expect(page.getByText('Nothing here yet')).toBeVisible({ timeout: 500 });
});

test('uses the cached avatar', async ({ page }) => {
  await page.route('**/api/avatar', (route) =>
    route.fulfill({ status: 304, body: '' }), // expect: no-magic-status
  );
  await openProfile(page);
  await expect(page.locator('img.avatar')).toHaveAttribute('width', '120');
});

test('shows an error banner', async ({ page }) => {
  await page.route('**/api/feed', (route) =>
    route.fulfill({
      status: 500, // expect: no-magic-status
      json: { error: 'boom', code: 500 },
    }),
  );
  await page.setViewportSize({ width: 375, height: 667 });
  await openProfile(page);
  await expect(page.getByRole('alert')).toHaveCSS('font-weight', '600');
  await page.mouse.move(120, 300);
  await page.mouse.wheel(0, 500);
});

test('logs missing assets', async ({ page }) => {
  const missing: string[] = [];
  const failures: number[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url()); // expect: no-magic-status
    if (response.status() >= 500) failures.push(response.status());
  });
  const feed = page.waitForResponse(
    (response) => response.url().includes('/api/feed') && response.status() === 200, // expect: no-magic-status
  );
  await openProfile(page);
  await feed;
  expect(missing).toHaveLength(0);
  expect(failures.length).toBeLessThan(100);
});

test('api: items', async ({ request }) => {
  const resp = await request.get('/api/items?limit=200');
  expect(resp.status()).toBe(200); // expect: no-magic-status
  expect(resp.ok()).toBeTruthy();
  const body = await resp.json();
  expect(body.items).toHaveLength(200);
  expect(body.total).toBe(404);
  expect(body.page.size).toBe(100);
});

test('api: unknown item', async ({ request }) => {
  const response = await request.get('/api/items/999');
  expect(response.status()).toEqual(404); // expect: no-magic-status
  const json = await response.json();
  expect(json.code).toBe(404);
  expect(json.retryAfter).toBe(120);
});

test('api: delete', async ({ request }) => {
  const response = await request.delete('/api/items/123');
  expect(response.status()).not.toBe(500); // expect: no-magic-status
  expect(response.status()).toBeLessThan(300);
});

test('screenshot', async ({ page }) => {
  await openProfile(page);
  await page.screenshot({ path: 'profile.png', clip: { x: 0, y: 0, width: 320, height: 480 } });
  expect(await page.locator('li').count()).toBe(100);
  await page.keyboard.press('F5');
  await page.waitForTimeout(250);
});
