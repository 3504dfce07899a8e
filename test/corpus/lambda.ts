import type {
  ALBEvent, ALBResult, APIGatewayProxyEvent, APIGatewayProxyHandler, APIGatewayProxyResult, Callback, Context,
} from 'aws-lambda';
import { StatusCodes } from 'http-status-codes';
import { load, remove, resolveSlug } from './store';

const TTL_SECONDS = 300;

export const getItem = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const id = event.pathParameters?.id;
  if (!id) {
    return { statusCode: 400, body: JSON.stringify({ message: 'id is required' }) }; // expect: no-magic-status
  }
  const item = await load(id);
  if (!item) {
    return {
      statusCode: 404, // expect: no-magic-status
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: 'not found' }),
    };
  }
  return { statusCode: 200, headers: { 'Cache-Control': `max-age=${TTL_SECONDS}` }, body: JSON.stringify(item) }; // expect: no-magic-status
};

export const deleteItem: APIGatewayProxyHandler = async (event) => {
  await remove(event.pathParameters!.id!);
  return { statusCode: 204, body: '' }; // expect: no-magic-status
};

export const purgeItem: APIGatewayProxyHandler = async (event) => {
  const removed = await remove(event.pathParameters!.id!);
  return { statusCode: 204, body: JSON.stringify({ removed }) }; // expect: no-magic-status, no-body-with-bodiless-status
};

export const shortLink = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const target = await resolveSlug(event.pathParameters?.slug ?? '');
  if (!target) {
    return { statusCode: 404, body: 'Unknown link' }; // expect: no-magic-status
  }
  return { statusCode: 301, headers: { Location: target }, body: '' }; // expect: no-magic-status
};

export const legacyLink = async (): Promise<APIGatewayProxyResult> => {
  return { statusCode: 302, body: 'moved' }; // expect: no-magic-status, require-status-headers
};

export const multiLink = async (): Promise<APIGatewayProxyResult> => ({
  statusCode: 307, // expect: no-magic-status
  multiValueHeaders: { Location: ['https://example.com/new'] },
  body: '',
});

export const privateDoc = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  if (!event.headers.Authorization) {
    return { statusCode: 401, body: JSON.stringify({ message: 'Unauthorized' }) }; // expect: no-magic-status, require-status-headers
  }
  return { statusCode: StatusCodes.OK, body: 'doc' };
};

export const signedDoc = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  if (!event.headers.Authorization) {
    return { statusCode: StatusCodes.UNAUTHORIZED, headers: { 'www-authenticate': 'Bearer' }, body: '' };
  }
  return { statusCode: StatusCodes.UNAUTHORIZED, body: 'bad token' }; // expect: require-status-headers
};

export function albHandler(event: ALBEvent, context: Context, callback: Callback<ALBResult>): void {
  if (context.getRemainingTimeInMillis() < 500) {
    callback(new Error('not enough time left'));
    return;
  }
  if (event.httpMethod === 'DELETE') {
    callback(null, { statusCode: 405, statusDescription: '405 Method Not Allowed', body: '' }); // expect: no-magic-status, require-status-headers
    return;
  }
  if (event.httpMethod !== 'GET') {
    callback(null, { statusCode: 405, headers: { Allow: 'GET' }, body: '' }); // expect: no-magic-status
    return;
  }
  callback(null, { statusCode: 200, statusDescription: '200 OK', isBase64Encoded: false, body: 'ok' }); // expect: no-magic-status
}

export const notModified = async (): Promise<APIGatewayProxyResult> => ({
  statusCode: 304, // expect: no-magic-status, no-body-with-bodiless-status
  headers: { ETag: '"abc"' },
  body: JSON.stringify({ cached: true }),
});

export const resetForm = async (): Promise<APIGatewayProxyResult> => ({ statusCode: 205, body: 'form reset' }); // expect: no-magic-status, no-body-with-bodiless-status

export const quota = async (): Promise<APIGatewayProxyResult> => ({ statusCode: 509, body: 'quota exceeded' }); // expect: no-unknown-status

export const proxyOnly = async (): Promise<APIGatewayProxyResult> => ({ statusCode: 305, headers: { Location: 'http://proxy:3128' }, body: '' }); // expect: no-magic-status, no-deprecated-status

// A DynamoDB record and a log line, not Lambda results.
export const record = { pk: 'ORDER#201', status: 300, ttl: Math.floor(Date.now() / 1000) + 600 };
export function logTiming(durationMs: number) {
  console.log(JSON.stringify({ level: durationMs > 500 ? 'warn' : 'info', durationMs, budgetMs: 404 }));
}
