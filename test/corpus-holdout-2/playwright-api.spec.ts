// Playwright: API tests through the request fixture, plus UI tests with mocked network.
import { test, expect } from '@playwright/test';

test.describe.configure({ timeout: 120_000 });

test('GET /api/users returns a page', async ({ request }) => {
  const response = await request.get('/api/users', { params: { limit: 100 }, timeout: 500 });
  expect(response.status()).toBe(200); // expect: no-magic-status
  expect(response).toBeOK();
  const users = await response.json();
  expect(users).toHaveLength(100);
});

test('unknown user', async ({ request }) => {
  const resp = await request.get('/api/users/999999');
  expect(resp.status()).toEqual(404); // expect: no-magic-status
  expect(resp.status()).toBeGreaterThanOrEqual(400);
});

test('create user', async ({ request }) => {
  const created = await request.post('/api/users', { data: { name: 'Ada', age: 36 } });
  expect(created.status()).toBe(201); // expect: no-magic-status
  expect(created.headers()['location']).toContain('/api/users/');
});

test('login redirects', async ({ page }) => {
  const [loginResponse] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/login') && r.status() === 302), // expect: no-magic-status
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  expect(loginResponse.headers()['location']).toBe('/dashboard');
});

test('shows an error banner when the cart API fails', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.route('**/api/cart', (route) => route.fulfill({ status: 500, body: 'boom' })); // expect: no-magic-status
  await page.goto('/cart');
  await expect(page.getByRole('alert')).toHaveCSS('font-weight', '600');
  await page.waitForTimeout(500);
});

test('empty cart deletion', async ({ page }) => {
  await page.route('**/api/cart/items/*', async (route) => {
    await route.fulfill({ status: 204, body: JSON.stringify({ removed: 1 }) }); // expect: no-magic-status, no-body-with-bodiless-status
  });
  await page.route('**/api/cart', (route) => route.fulfill({ status: 204 })); // expect: no-magic-status
  await page.goto('/cart');
  await page.mouse.move(400, 300);
});

test('cached catalogue', async ({ page }) => {
  await page.route('**/api/catalogue', (route) =>
    route.fulfill({
      status: 304, // expect: no-magic-status, no-body-with-bodiless-status
      json: { cached: true },
    }),
  );
  await page.goto('/catalogue');
  await expect(page.locator('.product-card')).toHaveCount(100);
});

test('moved pages are followed', async ({ page }) => {
  await page.route('**/old-pricing', (route) =>
    route.fulfill({ status: 301, headers: { location: '/pricing' } }), // expect: no-magic-status
  );
  await page.route('**/older-pricing', (route) => route.fulfill({ status: 302 })); // expect: no-magic-status
  await page.goto('/old-pricing');
  await expect(page).toHaveURL(/\/pricing$/);
});

test('unauthorised API', async ({ request }) => {
  const response = await request.get('/api/admin');
  expect(response.status()).toBe(401); // expect: no-magic-status
  expect(response.headers()['www-authenticate']).toBeDefined();
});

test('rate limiting', async ({ request }) => {
  const results = [];
  for (let i = 0; i < 120; i++) {
    results.push(await request.get('/api/search?q=a'));
  }
  expect(results.at(-1)!.status()).toBe(429); // expect: no-magic-status
  expect(results.filter((r) => r.status() < 400).length).toBeLessThanOrEqual(100);
});

test('head request', async ({ request }) => {
  const response = await request.head('/api/users');
  expect(response.status(), 'HEAD should succeed').toBe(200); // expect: no-magic-status
  expect(Number(response.headers()['content-length'])).toBeGreaterThan(200);
});
