import { expect, test } from '@playwright/test';

const users = [
  { id: 'u_101', name: 'Ada Lovelace', followers: 250 },
  { id: 'u_102', name: 'Grace Hopper', followers: 410 },
];

test.use({ viewport: { width: 375, height: 667 } });

test.describe('users page', () => {
  test('shows an outage banner when the API is down', async ({ page }) => {
    await page.route('**/api/**', (route) => route.fulfill({ status: 503, body: 'down' })); // expect: no-magic-status
    await page.goto('/users');
    await expect(page.getByRole('alert')).toContainText('temporarily unavailable');
  });

  test('lists users from a mocked API', async ({ page }) => {
    await page.route('**/api/users', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', json: users }), // expect: no-magic-status
    );
    await page.goto('/users');
    await expect(page.getByRole('article')).toHaveCount(2);
    await expect(page.getByText('250')).toBeVisible();
  });

  test('handles an empty delete response', async ({ page }) => {
    await page.route('**/api/users/*', async (route) => {
      if (route.request().method() === 'DELETE') {
        await route.fulfill({ status: 204 }); // expect: no-magic-status
        return;
      }
      await route.continue();
    });
    await page.goto('/users/u_101');
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.waitForTimeout(250);
    await expect(page).toHaveURL('/users');
  });

  test('survives a broken delete mock', async ({ page }) => {
    await page.route('**/api/users/*', (route) =>
      route.fulfill({ status: 204, body: JSON.stringify({ deleted: true }) }), // expect: no-magic-status, no-body-with-bodiless-status
    );
    await page.goto('/users/u_102');
    await page.getByRole('button', { name: 'Delete' }).click();
  });

  test('sends expired sessions to the login page', async ({ page }) => {
    await page.route('**/api/me', (route) => route.fulfill({ status: 401, json: { error: 'expired' } })); // expect: no-magic-status
    await page.route('**/api/legacy', (route) => route.fulfill({ status: 301 })); // expect: no-magic-status
    await page.route('**/api/old', (route) => route.fulfill({ status: 302, headers: { location: '/login' } })); // expect: no-magic-status
    await page.goto('/settings');
    await expect(page).toHaveURL(/\/login/);
  });

  test('creates a user', async ({ page }) => {
    await page.goto('/users/new');
    await page.getByLabel('Name').fill('Katherine Johnson');
    await page.getByLabel('Bio').fill('x'.repeat(300));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/users') && r.status() === 201), // expect: no-magic-status
      page.getByRole('button', { name: 'Create' }).click(),
    ]);
    expect(response.ok()).toBeTruthy();
    await expect(page.getByLabel('Bio')).toHaveValue('x'.repeat(280));
  });
});

test.describe('api', () => {
  test('health endpoint', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200); // expect: no-magic-status
    expect(response.ok()).toBeTruthy();
  });

  test('unknown pages render the 404 screen', async ({ page }) => {
    const response = await page.goto('/does-not-exist');
    expect(response?.status()).toBe(404); // expect: no-magic-status
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('404');
  });

  test('upload rejects wrong types', async ({ request }) => {
    const response = await request.post('/api/upload', { multipart: { file: { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.alloc(128) } } });
    expect(response.status()).toBe(415); // expect: no-magic-status
    expect(response.status()).not.toBe(500); // expect: no-magic-status
    expect(response.status()).toBeGreaterThanOrEqual(400);
  });

  test('layout fits small screens', async ({ page }) => {
    await page.setViewportSize({ width: 414, height: 896 });
    await page.goto('/users');
    const box = await page.getByRole('article').first().boundingBox();
    expect(box!.width).toBeLessThanOrEqual(320);
    await page.mouse.wheel(0, 400);
    await page.setViewportSize({ width: 320, height: 568 });
    await page.waitForTimeout(150);
  });
});
