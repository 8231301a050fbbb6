/** HTTP headers that keep document text inert in the page: a strict Content-Security-Policy and helmet's defaults. */
import helmet from 'helmet';

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
});
