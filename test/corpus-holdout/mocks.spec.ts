// Network mocks used across unit, component and e2e suites
import nock from 'nock';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { expect, test } from '@playwright/test';
import { StatusCodes } from 'http-status-codes';

const API = 'https://api.example.test';

// ---- nock (unit tests of the API client)
export function mockUpstream(): void {
  nock(API).get('/users').reply(200, [{ id: 1, name: 'Ada' }]); // expect: no-magic-status
  nock(API).get('/users/missing').reply(404, { message: 'nope' }); // expect: no-magic-status
  nock(API).delete('/users/1').reply(204); // expect: no-magic-status
  nock(API).post('/users/1/ping').reply(204, { pong: true }); // expect: no-magic-status, no-body-with-bodiless-status
  nock(API).get('/secure').reply(401, { message: 'token' }); // expect: no-magic-status
  nock(API).get('/moved').reply(301, undefined, { Location: `${API}/users` }); // expect: no-magic-status
  nock(API).get('/moved-bare').reply(302); // expect: no-magic-status
  nock(API).get('/maintenance').reply(503, 'down'); // expect: no-magic-status
  nock(API).get('/etag').reply(304); // expect: no-magic-status
  nock(API).put('/users/1').reply(StatusCodes.NO_CONTENT, { updated: true }); // expect: no-body-with-bodiless-status
  nock(API).get('/users?page=2').times(3).reply(StatusCodes.OK, []);
}

// ---- msw v2 (component tests)
export const handlers = [
  http.get(`${API}/users`, () => HttpResponse.json([{ id: 1 }], { status: 200 })), // expect: no-magic-status
  http.post(`${API}/users`, async ({ request }) => {
    const body = (await request.json()) as { name: string };
    return HttpResponse.json({ id: 2, ...body }, { status: 201 }); // expect: no-magic-status
  }),
  http.delete(`${API}/users/:id`, () => new HttpResponse(null, { status: 204 })), // expect: no-magic-status
  http.patch(`${API}/users/:id`, () => HttpResponse.json({ ok: true }, { status: 204 })), // expect: no-magic-status, no-body-with-bodiless-status
  http.put(`${API}/users/:id`, () => new HttpResponse('updated', { status: 205 })), // expect: no-magic-status, no-body-with-bodiless-status
  http.get(`${API}/slow`, async () => {
    await delay(250);
    return new HttpResponse('gateway timeout', { status: 504 }); // expect: no-magic-status
  }),
  http.get(`${API}/login`, () =>
    HttpResponse.json(
      { error: 'expired' },
      {
        status: 401, // expect: no-magic-status
        headers: { 'Content-Type': 'application/json' },
      },
    ),
  ),
  http.get(`${API}/quota`, () => HttpResponse.json({ left: 0 }, { status: StatusCodes.TOO_MANY_REQUESTS })),
];

export const server = setupServer(...handlers);

// ---- Playwright (e2e)
test('shows the empty state', async ({ page }) => {
  await page.route('**/api/users', (route) => route.fulfill({ status: 200, json: [] })); // expect: no-magic-status
  await page.route('**/api/users/*', (route) =>
    route.fulfill({
      status: 204, // expect: no-magic-status, no-body-with-bodiless-status
      body: 'deleted',
    }),
  );
  await page.route('**/api/avatar', (route) => route.fulfill({ status: 304 })); // expect: no-magic-status
  await page.route('**/api/login', (route) =>
    route.fulfill({
      status: 401, // expect: no-magic-status
      contentType: 'application/json',
      body: JSON.stringify({ error: 'nope' }),
    }),
  );
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/users', { timeout: 500 });
  const resp = await page.request.get('/api/health');
  expect(resp.status()).toBe(200); // expect: no-magic-status
  expect(resp).toBeOK();
  await expect(page.getByRole('heading')).toHaveText('No users', { timeout: 300 });
});

// ---- Cypress (component + e2e specs share these)
export function cypressMocks(): void {
  cy.intercept('GET', '/api/users', { statusCode: 200, fixture: 'users.json' }).as('users'); // expect: no-magic-status
  cy.intercept('DELETE', '/api/users/*', { statusCode: 204, body: { ok: true } }); // expect: no-magic-status, no-body-with-bodiless-status
  cy.intercept('POST', '/api/users', (req) => {
    req.reply(201, { id: 7 }); // expect: no-magic-status
  });
  cy.intercept('PATCH', '/api/users/*', (req) => req.reply(205, 'reset')); // expect: no-magic-status, no-body-with-bodiless-status
  cy.intercept('GET', '/api/feed', {
    statusCode: 500, // expect: no-magic-status
    body: 'boom',
    delay: 300,
  });
  cy.intercept('GET', '/api/ping', { statusCode: 204 }); // expect: no-magic-status
  cy.viewport(1280, 720);
  cy.request('/api/health').its('status').should('eq', 200); // expect: no-magic-status
  cy.wait('@users', { timeout: 500 });
  cy.get('[data-cy=row]').should('have.length', 100);
}
