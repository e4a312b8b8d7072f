// /openapi.json and the Swagger UI at /docs, served from the installed swagger-ui-dist package
// (no CDN). The page's initializer is a file, not inline script, so the strict CSP holds.
import express, { Router } from 'express';
import { getAbsoluteFSPath } from 'swagger-ui-dist';
import type { OpenApiDocument } from './openapi-types.js';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Stronghold API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/stronghold-init.js"></script>
</body>
</html>
`;

const INITIALIZER = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, withCredentials: true });
});
`;

const PACKAGE_DEMO_FILES = new Set(['/index.html', '/swagger-initializer.js']);

export function createDocsRouter(document: OpenApiDocument): Router {
  const router = Router();
  const body = JSON.stringify(document);
  router.get('/openapi.json', (_req, res) => {
    res.type('application/json').send(body);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(PAGE);
  });
  router.get('/docs/stronghold-init.js', (_req, res) => {
    res.type('application/javascript').send(INITIALIZER);
  });
  // The package's own index.html and initializer point at the petstore demo; never serve them.
  const assets = express.static(getAbsoluteFSPath(), { index: false, maxAge: '1h' });
  router.use('/docs', (req, res, next) => (PACKAGE_DEMO_FILES.has(req.path) ? next() : assets(req, res, next)));
  return router;
}
