/**
 * The API answers only requests addressed to it, against DNS rebinding: a page on a name its
 * author controls, re-pointed at 127.0.0.1, reaches the server with that name in `Host`. Allowed
 * are the address the request reached (`127.0.0.1`, a LAN address when listening on 0.0.0.0),
 * `localhost` when that address is loopback, and the names given with `--allowed-host`; an
 * `Origin`, when sent, must be the page of that same Host.
 */
import type { RequestHandler } from 'express';
import type { Socket } from 'node:net';
import { ForbiddenHostError, KgError, RequestError } from '../errors/index.js';
import { isLoopback } from './auth.js';

/** A `Host` header or `Origin` host split into a canonical name (`127.0.0.1`, `[::1]`, `kg.example.org`) and its port text. */
interface HostPort {
  name: string;
  port: string;
}

/** Reads `--allowed-host` values; a value that is not a host name is refused at start with one line. */
export function allowedHostNames(values: readonly string[]): Set<string> {
  return new Set(values.map((value) => {
    const host = /^(?:[\w.-]+|\[[\da-f:.]+\])$/i.test(value) ? hostPort(value) : undefined;
    if (host === undefined) {
      throw new KgError(`--allowed-host ${JSON.stringify(value)} is not a host name: expected a name such as kg.example.org or an address such as ` +
        '192.0.2.7 or [2001:db8::7], without a port (any port is allowed)', value);
    }
    return host.name;
  }));
}

/** HTTP/1.1 requires a Host header (RFC 9112); Node's own check answers without a body, so the app makes it. */
export const hostRequired: RequestHandler = (request, _response, next) => {
  if (request.headers.host === undefined && request.httpVersion === '1.1') throw new RequestError('an HTTP/1.1 request needs a Host header');
  next();
};

export function hostGuard(allowedHosts: readonly string[]): RequestHandler {
  const named = allowedHostNames(allowedHosts);
  return (request, _response, next) => {
    const sent = request.headers.host;
    if (sent === undefined) throw new ForbiddenHostError('the request has no Host header; the API answers only requests addressed to it');
    const host = hostPort(sent);
    const reached = reachedAddress(request.socket);
    // the port is not compared: the name is what a rebinding page controls, and a tunnel (ssh -L 9999:...) forwards another port
    const allowed = host !== undefined && (named.has(host.name) || host.name === reached?.name || (host.name === 'localhost' && reached?.loopback === true));
    if (!allowed) throw new ForbiddenHostError(`Host ${shown(sent)} is not an address of this server; if it is the name people use for it, start kg serve with --allowed-host NAME`);
    const origin = request.headers.origin;
    if (origin !== undefined && !isPageOf(origin, host, named)) throw new ForbiddenHostError(`Origin ${shown(origin)} is not a page of this server (Host ${shown(sent)})`);
    next();
  };
}

/** `http://` and the request's own Host, as the server's page sends; or a named host's page, which a TLS proxy may serve as https. */
function isPageOf(origin: string, host: HostPort, named: Set<string>): boolean {
  const parts = /^(https?):\/\/([^/]+)$/.exec(origin);
  const page = parts?.[2] === undefined ? undefined : hostPort(parts[2], parts[1] === 'https' ? '443' : '80');
  if (page === undefined) return false;
  return (parts?.[1] === 'http' && page.name === host.name && page.port === host.port) || named.has(page.name);
}

/** The address the connection reached, named as in a Host header (`127.0.0.1`, `[::1]`), and whether it is loopback. */
function reachedAddress(socket: Socket): { name: string; loopback: boolean } | undefined {
  // a server listening on :: sees IPv4 clients as ::ffff:127.0.0.1
  const address = socket.localAddress?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  const name = address === undefined ? undefined : hostPort(address.includes(':') ? `[${address}]` : address)?.name;
  return address === undefined || name === undefined ? undefined : { name, loopback: isLoopback(address) };
}

/** The WHATWG URL parser's reading of `host[:port]`: lower case, IPv6 compressed, IPv4 in dotted form, or undefined if it is no host. */
function hostPort(text: string, defaultPort = '80'): HostPort | undefined {
  if (!/^[\w.:[\]-]+$/.test(text)) return undefined;
  try {
    const url = new URL(`http://${text}`);
    return { name: url.hostname, port: url.port === '' ? defaultPort : url.port };
  } catch {
    return undefined;
  }
}

function shown(text: string): string {
  return JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);
}
