/** HTTP headers that keep document text inert in the page: a strict Content-Security-Policy and helmet's defaults. */
import helmet from 'helmet';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';

/**
 * No inline script or style anywhere; the ForceAtlas2 worker is started from a blob: URL by
 * graphology's supervisor, hence `worker-src blob:`.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  // served over plain HTTP on loopback: HSTS would pin the browser to HTTPS for localhost
  strictTransportSecurity: false,
  // not helmet's no-referrer: under it some browsers (Firefox) send `Origin: null` on the page's own
  // POSTs, which the API's Origin check refuses; same-origin still sends nothing to other sites
  referrerPolicy: { policy: 'same-origin' },
});

/**
 * The same headers as name/value pairs, for answers Node writes before Express sees the request
 * (a request it cannot parse): recorded once from `securityHeaders`, so there is one list.
 */
export const SECURITY_HEADERS: ReadonlyMap<string, string> = headersSetBy(securityHeaders);

function headersSetBy(middleware: typeof securityHeaders): Map<string, string> {
  // an unconnected socket: the response is never sent, only its headers read back
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  middleware(response.req, response, () => undefined);
  return new Map(Object.entries(response.getHeaders()).map(([name, value]) => [name, String(value)]));
}
