// Nuxt 3 / Nitro server routes (server/api/*), written against h3 directly.
import {
  createError,
  defineEventHandler,
  getQuery,
  getRouterParam,
  readBody,
  sendNoContent,
  sendRedirect,
  setResponseHeader,
  setResponseStatus,
} from 'h3';
import { status } from 'http-status';
import { useStorage } from '#imports';

const DEFAULT_LIMIT = 100;
const CACHE_TTL_SECONDS = 600;

export const listProducts = defineEventHandler(async (event) => {
  const query = getQuery(event);
  const limit = Math.min(Number(query.limit ?? DEFAULT_LIMIT), 500);
  const items = await $fetch('/internal/products', { query: { limit }, timeout: 500 });
  setResponseHeader(event, 'Cache-Control', 'public, max-age=300');
  return { items, limit };
});

export const createProduct = defineEventHandler(async (event) => {
  const body = await readBody(event);
  if (!body?.name) {
    throw createError({
      statusCode: 422, // expect: no-magic-status
      statusMessage: 'Unprocessable Content',
      data: { field: 'name', maxLength: 255 },
    });
  }
  const product = await saveProduct(body);
  setResponseStatus(event, 201); // expect: no-magic-status
  setResponseHeader(event, 'Location', `/api/products/${product.id}`);
  return product;
});

export const getProduct = defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id');
  const cached = await useStorage('cache').getItem(`product:${id}`);
  if (cached) return cached;
  const product = await findProduct(id);
  if (!product) {
    throw createError({ statusCode: 404, statusMessage: 'Product not found' }); // expect: no-magic-status
  }
  await useStorage('cache').setItem(`product:${id}`, product, { ttl: CACHE_TTL_SECONDS });
  return product;
});

export const requireSession = defineEventHandler((event) => {
  if (!event.context.session) {
    throw createError({ statusCode: 401, statusMessage: 'Login required' }); // expect: no-magic-status
  }
});

export const deleteProduct = defineEventHandler(async (event) => {
  await removeProduct(getRouterParam(event, 'id'));
  return sendNoContent(event, 204); // expect: no-magic-status
});

export const legacyCatalog = defineEventHandler((event) => {
  return sendRedirect(event, '/api/products', 301); // expect: no-magic-status
});

export const shopRedirect = defineEventHandler((event) => {
  const target = `/shop/${getRouterParam(event, 'slug')}`;
  return sendRedirect(event, target, 302); // expect: no-magic-status
});

export const uploadOnlyPut = defineEventHandler((event) => {
  if (event.method !== 'PUT') {
    setResponseStatus(event, 405); // expect: no-magic-status, require-status-headers
    return { error: 'Use PUT' };
  }
  return { ok: true };
});

export const exportOnlyGet = defineEventHandler((event) => {
  if (event.method !== 'GET') {
    setResponseHeader(event, 'Allow', 'GET, HEAD');
    setResponseStatus(event, 405); // expect: no-magic-status
    return { error: 'Use GET' };
  }
  return { rows: [] };
});

export const scraperTrap = defineEventHandler((event) => {
  setResponseStatus(event, 444); // expect: no-unknown-status
  return '';
});

export const throttled = defineEventHandler(() => {
  throw createError({
    statusCode: 509, // expect: no-unknown-status
    statusMessage: 'Bandwidth Limit Exceeded',
  });
});

export const legacyProxy = defineEventHandler((event) => {
  setResponseHeader(event, 'Location', 'http://proxy.internal:3128');
  setResponseStatus(event, status.SWITCH_PROXY); // expect: no-deprecated-status
  return '';
});

export const gone = defineEventHandler((event) => {
  setResponseStatus(event, status.GONE);
  return { reason: 'discontinued' };
});

export const maintenance = defineEventHandler((event) => {
  event.node.res.statusCode = 503; // expect: no-magic-status
  event.node.res.setHeader('Retry-After', 120);
  event.node.res.end('Down for maintenance');
});

export const proxyInventory = defineEventHandler(async () => {
  try {
    return await $fetch('https://inventory.example.com/v2/stock', { retry: 2, retryDelay: 500 });
  } catch (err: any) {
    if (err.response?.status === 429) { // expect: no-magic-status
      return { stock: null, rateLimited: true };
    }
    if (err.response?.status >= 500) {
      return { stock: null, upstreamDown: true };
    }
    throw err;
  }
});
