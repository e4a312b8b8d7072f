// helmet configured to the list: HSTS, a strict CSP with no third-party origins (Swagger UI
// is served from 'self'), frame denial, nosniff, referrer policy, and a Permissions-Policy.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export const PERMISSIONS_POLICY = 'geolocation=(), microphone=(), camera=()';

export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          baseUri: ["'self'"],
          // No inline script anywhere: the docs page loads its initializer as a file.
          scriptSrc: ["'self'"],
          // Swagger UI sets style attributes from script; no remote stylesheets.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true, preload: false },
      xFrameOptions: { action: 'deny' },
      xContentTypeOptions: true,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      crossOriginEmbedderPolicy: false,
    }),
    // helmet 8 has no Permissions-Policy option; one header, set here beside the others.
    (_req, res, next) => {
      res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
      next();
    },
  ];
}
