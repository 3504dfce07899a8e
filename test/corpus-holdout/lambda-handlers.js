'use strict';

// API Gateway / ALB handlers for the link service (Node 20 Lambda runtime)
const { DynamoDBClient, GetItemCommand, DeleteItemCommand } = require('@aws-sdk/client-dynamodb');

const ddb = new DynamoDBClient({ maxAttempts: 3 });
const TABLE = process.env.TABLE_NAME || 'links';
const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Max-Age': '300' };

exports.getLink = async (event) => {
  const id = event.pathParameters && event.pathParameters.id;
  if (!id || id.length > 128) {
    return {
      statusCode: 400, // expect: no-magic-status
      headers: cors,
      body: JSON.stringify({ message: 'bad id' }),
    };
  }
  const out = await ddb.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: id } } }));
  if (!out.Item) {
    const body = JSON.stringify({ message: 'not found', code: 404 });
    return { statusCode: 404, headers: cors, body }; // expect: no-magic-status
  }
  return {
    statusCode: 301, // expect: no-magic-status
    headers: { Location: out.Item.target.S, 'Cache-Control': 'max-age=600' },
    body: '',
  };
};

exports.shortRedirect = async () => {
  return {
    statusCode: 302, // expect: no-magic-status, require-status-headers
    body: '',
  };
};

exports.multiRedirect = async () => ({
  statusCode: 307, // expect: no-magic-status
  multiValueHeaders: { Location: ['https://example.com/a'] },
  body: '',
});

exports.deleteLink = async (event) => {
  await ddb.send(new DeleteItemCommand({ TableName: TABLE, Key: { id: { S: event.pathParameters.id } } }));
  return { statusCode: 204, body: '' }; // expect: no-magic-status
};

exports.touchLink = async () => {
  return {
    statusCode: 204, // expect: no-magic-status, no-body-with-bodiless-status
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ touched: true }),
  };
};

exports.privateLink = async (event) => {
  if (!event.headers.authorization) {
    return {
      statusCode: 401, // expect: no-magic-status, require-status-headers
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: 'auth required' }),
    };
  }
  return { statusCode: 200, body: '{}' }; // expect: no-magic-status
};

exports.partnerLink = async () => ({
  statusCode: 401, // expect: no-magic-status
  headers: cors,
  body: '',
});

exports.methodGuard = async () => ({
  statusCode: 405, // expect: no-magic-status
  headers: { ...cors },
  body: '',
});

exports.methodGuardStrict = async () => ({
  statusCode: 405, // expect: no-magic-status
  headers: { Allow: 'GET, DELETE' },
  body: '',
});

exports.legacy = function (event, context, callback) {
  const remaining = context.getRemainingTimeInMillis();
  callback(null, {
    statusCode: 200, // expect: no-magic-status
    body: JSON.stringify({ ok: true, slow: remaining < 500 }),
  });
};

exports.throttle = async () => ({ statusCode: 509, body: 'bandwidth exceeded' }); // expect: no-unknown-status

exports.albHealth = async () => ({
  statusCode: 200, // expect: no-magic-status
  statusDescription: '200 OK',
  isBase64Encoded: false,
  headers: { 'Content-Type': 'text/plain' },
  body: 'healthy',
});

exports.wrapped = async (event) => {
  try {
    return { statusCode: 200, body: JSON.stringify(await doWork(event)) }; // expect: no-magic-status
  } catch (err) {
    return {
      statusCode: err.statusCode || 500, // expect: no-magic-status
      body: JSON.stringify({ message: err.message }),
    };
  }
};

// SQS consumer: not an HTTP response, nothing to report here.
exports.consume = async (event) => {
  const failures = event.Records.filter((r) => r.body.length > 256).map((r) => ({ itemIdentifier: r.messageId }));
  return { batchItemFailures: failures, processed: 250 };
};

async function doWork(event) {
  return { received: (event.body || '').slice(0, 100), memoryMb: 512, timeoutSeconds: 300 };
}
