import { ArgumentsHost, HttpException, HttpStatus, NotFoundException } from '@nestjs/common';
import { AllExceptionsFilter, ClientAbortedError, ClientAbortedFilter, UpstreamError, UpstreamErrorFilter } from './exception.filter';
import { geoLookup } from './express-legacy.handlers';

function mockResponse() {
  return {
    status: jest.fn().mockReturnThis(),
    json: jest.fn().mockReturnThis(),
    setHeader: jest.fn(),
    end: jest.fn(),
    headersSent: false,
  };
}

function mockHost(res: ReturnType<typeof mockResponse>, url = '/users/201'): ArgumentsHost {
  return {
    switchToHttp: () => ({
      getResponse: () => res,
      getRequest: () => ({ url, method: 'GET' }),
    }),
  } as unknown as ArgumentsHost;
}

const fixtureUser = { id: 201, name: 'Grace', score: 450, createdYear: 1985, quota: 300 };

describe('AllExceptionsFilter', () => {
  const filter = new AllExceptionsFilter();

  beforeEach(() => {
    jest.useFakeTimers();
  });

  it('uses the status of an HttpException', () => {
    const res = mockResponse();
    filter.catch(new NotFoundException(`user ${fixtureUser.id}`), mockHost(res));
    expect(res.status).toHaveBeenCalledWith(404); // expect: no-magic-status
  });

  it('keeps custom statuses', () => {
    const res = mockResponse();
    filter.catch(new HttpException('Forbidden', 403), mockHost(res)); // expect: no-magic-status
    expect(res.status).toHaveBeenCalledWith(403); // expect: no-magic-status
  });

  it('maps unknown errors to an internal server error', () => {
    const res = mockResponse();
    filter.catch(new Error('boom'), mockHost(res));
    expect(res.status).toHaveBeenCalledWith(HttpStatus.INTERNAL_SERVER_ERROR);
    jest.advanceTimersByTime(300);
  });

  it('truncates long messages', () => {
    const res = mockResponse();
    filter.catch(new Error('x'.repeat(900)), mockHost(res));
    const body = res.json.mock.calls[0][0];
    expect(body.message).toHaveLength(500);
    expect(body.path.length).toBeLessThan(120);
  });
});

describe('UpstreamErrorFilter', () => {
  const filter = new UpstreamErrorFilter();

  it('falls back to a bad gateway', () => {
    const res = mockResponse();
    filter.catch(new UpstreamError('geo failed', { status: HttpStatus.SERVICE_UNAVAILABLE }), mockHost(res));
    expect(res.status).toHaveBeenCalledWith(HttpStatus.BAD_GATEWAY);
  });

  it('forwards a client error from upstream', () => {
    const res = mockResponse();
    filter.catch(new UpstreamError('bad input', { status: HttpStatus.UNPROCESSABLE_ENTITY }), mockHost(res));
    expect(res.status).toHaveBeenCalledWith(422); // expect: no-magic-status
  });
});

describe('ClientAbortedFilter', () => {
  it('does nothing once headers are sent', () => {
    const res = { ...mockResponse(), headersSent: true };
    new ClientAbortedFilter().catch(new ClientAbortedError(), mockHost(res));
    expect(res.status).not.toHaveBeenCalled();
  });
});

describe('geoLookup', () => {
  const realFetch = global.fetch;

  afterEach(() => {
    global.fetch = realFetch;
  });

  it('returns an empty list when the upstream has no content', async () => {
    global.fetch = jest.fn().mockResolvedValue(new Response(null, { status: 204 })); // expect: no-magic-status
    const res = mockResponse();
    const next = jest.fn();
    await geoLookup({ query: { place: 'Lisbon' } } as never, res as never, next);
    expect(res.json).toHaveBeenCalledWith([]);
  });

  it('surfaces upstream 404s', async () => {
    global.fetch = jest.fn().mockResolvedValue(new Response('{"error":"nope"}', { status: 404 })); // expect: no-magic-status
    const res = mockResponse();
    await geoLookup({ query: { place: 'Atlantis' } } as never, res as never, jest.fn());
    expect(res.status).toHaveBeenCalledWith(HttpStatus.NOT_FOUND);
  });

  it('does not answer OK when the upstream mock is malformed', async () => {
    global.fetch = jest.fn().mockResolvedValue(new Response('{"cached":true}', { status: 204 })); // expect: no-magic-status, no-body-with-bodiless-status
    const res = mockResponse();
    await geoLookup({ query: { place: 'Porto' } } as never, res as never, jest.fn());
    expect(res.status).not.toHaveBeenCalledWith(HttpStatus.OK);
  });
});
