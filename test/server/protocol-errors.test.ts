/** Requests Node itself refuses (431, 400, 417, no Host) are answered like the API's own errors: JSON `{error, detail}` with the security headers. */
import assert from 'node:assert/strict';
import type { ApiError } from '../../src/api-types.js';
import { SECURITY_HEADERS } from '../../src/server/security.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { httpRequest, rawExchange, type RawAnswer } from '../support/raw-http.js';
import { seedStore } from '../support/stores.js';

describe('requests Node refuses before the app', function () {
  this.timeout(60000);
  let server: RunningServer;

  before(async () => {
    server = await startServer({ store: await seedStore(), host: '127.0.0.1', port: 0 });
  });
  after(() => server.close());

  function assertJsonRefusal(answer: RawAnswer, status: number, error: ApiError['error'], detail: RegExp): void {
    assert.equal(answer.status, status, JSON.stringify(answer));
    assert.match(answer.headers['content-type'] ?? '', /^application\/json/);
    const body = JSON.parse(answer.body) as ApiError;
    assert.equal(body.error, error);
    assert.match(body.detail, detail);
    for (const [name, value] of SECURITY_HEADERS) assert.equal(answer.headers[name], value, name);
    assert.match(answer.headers['content-security-policy'] ?? '', /frame-ancestors 'none'/);
  }

  const stillAnswers = async (): Promise<void> => assert.equal((await fetch(`${server.url}/api/stats`)).status, 200);

  it('headers over the limit (20 KB): 431 JSON with the CSP, and the connection closed', async () => {
    const answer = await rawExchange(server.url, `GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`);
    assertJsonRefusal(answer, 431, 'HeadersTooLarge', /headers are over \d+ bytes/);
    assert.equal(answer.headers['connection'], 'close');
    assert.equal(Number(answer.headers['content-length']), Buffer.byteLength(answer.body));
    await stillAnswers();
  });

  it('a malformed request line: 400 JSON with the CSP', async () => {
    for (const line of ['BREW /pot HTCPCP/1.0', 'GET /api/stats HTTP/9.9', 'GET /a b c HTTP/1.1', '\u0000\u0001\u0002']) {
      assertJsonRefusal(await rawExchange(server.url, `${line}\r\nHost: 127.0.0.1\r\n\r\n`), 400, 'InvalidRequest', /not valid HTTP/);
    }
    assertJsonRefusal(await rawExchange(server.url, 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x\r\n\r\n'), 400, 'InvalidRequest', /not valid HTTP/);
    await stillAnswers();
  });

  it('an HTTP/1.1 request without Host: 400 JSON with the CSP', async () => {
    assertJsonRefusal(await rawExchange(server.url, 'GET /api/stats HTTP/1.1\r\nConnection: close\r\n\r\n'), 400, 'InvalidRequest', /needs a Host header/);
  });

  it('an Expect other than 100-continue: 417 JSON with the CSP', async () => {
    const answer = await httpRequest(server.url, 'GET', '/api/stats', { expect: 'teapot' });
    assertJsonRefusal(answer, 417, 'ExpectationFailed', /"Expect: teapot"/);
    await stillAnswers();
  });
});
