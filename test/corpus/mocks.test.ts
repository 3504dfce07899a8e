import nock from 'nock';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { expect, test } from '@playwright/test';
import { StatusCodes } from 'http-status-codes';

// nock
export function mockGitHub() {
  const scope = nock('https://api.github.com').persist();
  scope.get('/repos/acme/widgets').reply(200, { id: 42, full_name: 'acme/widgets' }); // expect: no-magic-status
  scope.get('/repos/acme/missing').reply(404, { message: 'Not Found' }); // expect: no-magic-status
  scope.delete('/repos/acme/widgets/subscription').reply(204); // expect: no-magic-status
  scope.put('/repos/acme/widgets/subscription').reply(204, { subscribed: true }); // expect: no-magic-status, no-body-with-bodiless-status
  scope.get('/user').reply(401, { message: 'Requires authentication' }); // expect: no-magic-status
  scope.get('/legacy').reply(301); // expect: no-magic-status
  scope.get('/rate_limit').reply(429, 'slow down', { 'Retry-After': '120' }); // expect: no-magic-status
  scope.get('/repos/acme/widgets/readme').reply(304, 'cached readme'); // expect: no-magic-status, no-body-with-bodiless-status
  scope.get('/slow').delay(300).reply(StatusCodes.OK, {});
  scope.get('/repos/acme/widgets/stats').times(3).reply(StatusCodes.ACCEPTED);
  return scope;
}

// msw v2
export const handlers = [
  http.get('/api/user', () => HttpResponse.json({ id: 'u1', name: 'Ada' }, { status: 200 })), // expect: no-magic-status
  http.get('/api/user/missing', () => HttpResponse.json({ error: 'nope' }, { status: 404 })), // expect: no-magic-status
  http.post('/api/user', async () => {
    await delay(300);
    return HttpResponse.json({ id: 'u2' }, { status: 201, headers: { Location: '/api/user/u2' } }); // expect: no-magic-status
  }),
  http.delete('/api/user/:id', () => new HttpResponse(null, { status: 204 })), // expect: no-magic-status
  http.put('/api/user/:id', () => HttpResponse.json({ updated: true }, { status: 204 })), // expect: no-magic-status, no-body-with-bodiless-status
  http.patch('/api/user/:id', () => new HttpResponse('reset', { status: 205 })), // expect: no-magic-status, no-body-with-bodiless-status
  http.get('/api/admin', () => new HttpResponse('Unauthorized', { status: 401 })), // expect: no-magic-status
  http.get('/api/boom', () => HttpResponse.json({ message: 'boom' }, { status: 500 })), // expect: no-magic-status
  http.get('/api/ok', () => HttpResponse.json({ ok: true, status: 'green' })),
  http.get('/api/named', () => HttpResponse.json({ ok: true }, { status: StatusCodes.CREATED })),
  http.get('/api/error', () => HttpResponse.error()),
];

export const server = setupServer(...handlers);

// Playwright
test('shows an error banner when the API fails', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.route('**/api/orders', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"boom"}' })); // expect: no-magic-status
  await page.route('**/api/cart', (route) => route.fulfill({ status: 204 })); // expect: no-magic-status
  await page.route('**/api/cart/items', (route) => route.fulfill({ status: 204, body: 'gone' })); // expect: no-magic-status, no-body-with-bodiless-status
  await page.route('**/api/profile', (route) => route.fulfill({ status: 200, json: { name: 'Ada' } })); // expect: no-magic-status
  await page.route('**/api/login', (route) => route.fulfill({ status: 401, body: 'nope' })); // expect: no-magic-status
  await page.goto('/orders');
  await page.waitForTimeout(500);
  await expect(page.getByRole('alert')).toHaveText('Something went wrong (500)');
});

test('API responds', async ({ request }) => {
  const response = await request.get('/api/health', { timeout: 5000 });
  expect(response.status()).toBe(200); // expect: no-magic-status
  expect(response).toBeOK();
  const created = await request.post('/api/orders', { data: { qty: 404, price: 199 } });
  expect(created.ok()).toBeTruthy();
  if (response.status() !== 200) throw new Error('unhealthy'); // expect: no-magic-status
});

// Cypress
describe('checkout (cypress)', () => {
  it('handles server errors', () => {
    cy.viewport(1280, 720);
    cy.intercept('GET', '/api/cart', { statusCode: 500, body: { error: 'boom' } }).as('cart'); // expect: no-magic-status
    cy.intercept('POST', '/api/cart/clear', { statusCode: 204 }).as('clear'); // expect: no-magic-status
    cy.intercept('DELETE', '/api/cart/*', { statusCode: 204, body: { ok: true } }); // expect: no-magic-status, no-body-with-bodiless-status
    cy.intercept('GET', '/api/coupons', (req) => {
      req.reply(404, { message: 'no coupons' }); // expect: no-magic-status
    });
    cy.intercept('GET', '/api/session', (req) => req.reply(304, 'cached')); // expect: no-magic-status, no-body-with-bodiless-status
    cy.intercept('GET', '/api/legacy', { statusCode: 302 }); // expect: no-magic-status
    cy.visit('/checkout');
    cy.wait('@cart').its('response.statusCode').should('eq', 500); // expect: no-magic-status
    cy.wait(500);
    cy.request('/api/health').its('status').should('eq', 200); // expect: no-magic-status
    cy.get('[data-cy=total]', { timeout: 10000 }).should('have.css', 'font-weight', '600');
    cy.get('[data-cy=items]').should('have.length', 100);
  });
});
