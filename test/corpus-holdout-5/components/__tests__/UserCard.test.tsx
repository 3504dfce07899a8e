import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch } from '@/lib/api-client';
import { handlers } from '@/mocks/handlers';
import { UserCard } from '../UserCard';

const server = setupServer(...handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderWithClient(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: 0 } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

describe('UserCard', () => {
  it('renders the user with a 128px avatar', async () => {
    renderWithClient(<UserCard id="u_101" />);
    const img = await screen.findByRole('img');
    expect(img).toHaveAttribute('width', '128');
    expect(screen.getByRole('article')).toHaveStyle({ width: '320px', fontWeight: '600' });
  });

  it('shows a not-found message', async () => {
    server.use(
      http.get('/api/users/:id', () =>
        HttpResponse.json({ message: 'nope' }, { status: 404 }), // expect: no-magic-status
      ),
    );
    renderWithClient(<UserCard id="404" />);
    expect(await screen.findByText(/no longer exists/i)).toBeInTheDocument();
  });

  it('shows a permission message', async () => {
    server.use(http.get('/api/users/:id', () => new HttpResponse(null, { status: 403 }))); // expect: no-magic-status
    renderWithClient(<UserCard id="u_102" />);
    expect(await screen.findByText(/do not have access/i)).toBeInTheDocument();
  });

  it('shows a generic error when the server is down', async () => {
    server.use(
      http.get('/api/users/:id', () => HttpResponse.json(null, { status: 503 }), { once: true }), // expect: no-magic-status
    );
    renderWithClient(<UserCard id="u_103" />);
    await waitFor(() => expect(screen.getByText(/could not load user/i)).toBeInTheDocument(), { timeout: 450 });
  });

  it('reports a conflict while saving', async () => {
    server.use(
      http.patch('/api/users/:id', () => HttpResponse.json({ message: 'conflict' }, { status: 409 })), // expect: no-magic-status
    );
    renderWithClient(<UserCard id="u_104" />);
    const box = await screen.findByRole('textbox');
    await userEvent.type(box, 'x'.repeat(300));
    expect((box as HTMLTextAreaElement).value).toHaveLength(280);
    expect(screen.getByText('0 characters left')).toBeInTheDocument();
  });
});

describe('apiFetch', () => {
  it('turns a 404 into an ApiError', async () => {
    server.use(http.get('/api/things/1', () => HttpResponse.json({ message: 'missing' }, { status: 404 }))); // expect: no-magic-status
    const err = await apiFetch('/things/1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(404); // expect: no-magic-status
  });

  it('returns undefined for empty responses', async () => {
    server.use(http.delete('/api/things/2', () => new HttpResponse(null, { status: 204 }))); // expect: no-magic-status
    await expect(apiFetch('/things/2', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('refreshes the token once on 401', async () => {
    const refresh = vi.fn();
    vi.doMock('@/lib/auth', () => ({ refreshToken: refresh, clearSession: vi.fn() }));
    server.use(
      http.get('/api/me', () => new HttpResponse(null, { status: 401 }), { once: true }), // expect: no-magic-status
      http.get('/api/me', () => HttpResponse.json({ id: 'u_105', followers: 250 })),
    );
    const me = await apiFetch<{ id: string; followers: number }>('/me');
    expect(me.followers).toBe(250);
    vi.advanceTimersByTime(500);
  });

  it('keeps the status on the error for server failures', async () => {
    server.use(http.get('/api/boom', () => HttpResponse.json({ message: 'boom' }, { status: 500 }))); // expect: no-magic-status
    const err = (await apiFetch('/boom').catch((e: unknown) => e)) as ApiError;
    expect(err.status).not.toBe(200); // expect: no-magic-status
    expect(err.status).toBeGreaterThanOrEqual(500);
    expect(String(err.body).length).toBeLessThan(500);
  });
});
