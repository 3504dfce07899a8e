// Azure Functions v4 programming model (src/functions/orders.ts).
import { app, HttpRequest, HttpResponse, HttpResponseInit, InvocationContext } from '@azure/functions';
import { StatusCodes } from 'http-status-codes';
import { ordersRepo } from '../lib/orders';

const MAX_PAGE = 500;

export async function listOrders(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const take = Math.min(Number(request.query.get('take') ?? 100), MAX_PAGE);
  const orders = await ordersRepo.list({ take });
  context.log(`listed ${orders.length} orders`, { durationMs: 250 });
  return { status: 200, jsonBody: orders }; // expect: no-magic-status
}

export async function getOrder(request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> {
  const order = await ordersRepo.find(request.params.id);
  if (!order) {
    return { status: 404, jsonBody: { error: 'order not found' } }; // expect: no-magic-status
  }
  if (order.status === 200) {
    context.log('order is in fulfilment stage 200');
  }
  return { jsonBody: order, headers: { 'Cache-Control': 'max-age=300' } };
}

export async function createOrder(request: HttpRequest): Promise<HttpResponseInit> {
  const input = (await request.json()) as { sku: string; quantity: number };
  if (input.quantity > 100) {
    return { status: 422, jsonBody: { error: 'quantity too large', max: 100 } }; // expect: no-magic-status
  }
  const created = await ordersRepo.create(input);
  return {
    status: 201, // expect: no-magic-status
    headers: { Location: `/api/orders/${created.id}` },
    jsonBody: created,
  };
}

export async function deleteOrder(request: HttpRequest): Promise<HttpResponseInit> {
  await ordersRepo.remove(request.params.id);
  return { status: 204, jsonBody: { deleted: true } }; // expect: no-magic-status, no-body-with-bodiless-status
}

export async function archiveOrder(request: HttpRequest): Promise<HttpResponseInit> {
  await ordersRepo.archive(request.params.id);
  return { status: 204, headers: { 'x-request-id': request.headers.get('x-request-id') ?? '' } }; // expect: no-magic-status
}

export async function me(request: HttpRequest): Promise<HttpResponseInit> {
  const token = request.headers.get('authorization');
  if (!token) {
    return { status: 401, jsonBody: { error: 'token expired' } }; // expect: no-magic-status, require-status-headers
  }
  if (!token.startsWith('Bearer ')) {
    return {
      status: 401, // expect: no-magic-status
      headers: { 'WWW-Authenticate': 'Bearer realm="orders"' },
      jsonBody: { error: 'bearer token required' },
    };
  }
  return { jsonBody: { sub: token.slice(7, 200) } };
}

export async function legacyOrders(request: HttpRequest): Promise<HttpResponseInit> {
  if (request.query.has('v1')) {
    return { status: 302, headers: { location: '/api/v2/orders' } }; // expect: no-magic-status
  }
  return { status: 301, body: '' }; // expect: no-magic-status, require-status-headers
}

export async function onlyPost(request: HttpRequest): Promise<HttpResponseInit> {
  if (request.method !== 'POST') {
    return { status: 405, jsonBody: { error: 'method not allowed' } }; // expect: no-magic-status, require-status-headers
  }
  return { status: 405, headers: { Allow: 'POST' }, body: '' }; // expect: no-magic-status
}

export async function throttle(): Promise<HttpResponseInit> {
  return {
    status: 429, // expect: no-magic-status
    headers: { 'Retry-After': '120' },
    jsonBody: { error: 'slow down', retryAfterSeconds: 120 },
  };
}

export async function switchProxy(): Promise<HttpResponseInit> {
  return { status: 306, jsonBody: { proxy: 'http://proxy.internal:3128' } }; // expect: no-magic-status, no-deprecated-status
}

export async function partialSuccess(): Promise<HttpResponseInit> {
  return { status: 299, jsonBody: { warning: 'some line items were skipped' } }; // expect: no-unknown-status
}

export async function enqueueExport(): Promise<HttpResponse> {
  const jobId = crypto.randomUUID();
  return new HttpResponse({ status: 202, jsonBody: { jobId } }); // expect: no-magic-status
}

export async function health(): Promise<HttpResponseInit> {
  return { status: StatusCodes.OK, body: 'healthy' };
}

app.http('listOrders', { methods: ['GET'], route: 'orders', authLevel: 'anonymous', handler: listOrders });
app.http('getOrder', { methods: ['GET'], route: 'orders/{id}', handler: getOrder });
app.http('createOrder', { methods: ['POST'], route: 'orders', handler: createOrder });
app.http('deleteOrder', { methods: ['DELETE'], route: 'orders/{id}', handler: deleteOrder });
app.timer('purgeOrders', { schedule: '0 */30 * * * *', handler: async () => ordersRepo.purge({ olderThanDays: 365 }) });
