/**
 * Serves out/ the way a plain static host (nginx, object storage) does, with no rewrites:
 *   /dir      → 301 /dir/
 *   /dir/     → dir/index.html
 *   /file.ext → the file, with its MIME type
 *   otherwise → 404.html with status 404
 * Used by `npm start` and by the browser tests.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

export function createStaticServer(root: string): http.Server {
  const base = path.resolve(root);
  const notFoundPage = path.join(base, '404.html');

  const send = (response: http.ServerResponse, status: number, file: string, head: boolean) => {
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const stat = fs.statSync(file);
    response.writeHead(status, {
      'Content-Type': type,
      'Content-Length': stat.size,
      'Cache-Control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    });
    if (head) response.end();
    else fs.createReadStream(file).pipe(response);
  };

  const notFound = (response: http.ServerResponse, head: boolean) => {
    if (fs.existsSync(notFoundPage)) send(response, 404, notFoundPage, head);
    else {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  };

  return http.createServer((request, response) => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      response.writeHead(405, { Allow: 'GET, HEAD' });
      response.end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      notFound(response, head);
      return;
    }
    const target = path.join(base, pathname);
    if (target !== base && !target.startsWith(base + path.sep)) {
      notFound(response, head);
      return;
    }
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(target);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      const index = path.join(target, 'index.html');
      if (fs.existsSync(index)) send(response, 200, index, head);
      else notFound(response, head);
      return;
    }
    if (stat?.isFile()) send(response, 200, target, head);
    else notFound(response, head);
  });
}

/** `npm run serve -- --dir out --port 3000`; start.ts passes its own. */
function options(): { dir?: string; port?: string } {
  return parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' } }, strict: false }).values as {
    dir?: string;
    port?: string;
  };
}

export function serve(root = options().dir ?? 'out', port = Number(options().port ?? process.env.PORT ?? 3000)): http.Server {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`Nothing to serve: ${root}/index.html is missing. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const server = createStaticServer(root);
  server.listen(port, () => console.log(`Serving ${root}/ on http://localhost:${port}/ (Ctrl+C to stop)`));
  return server;
}

// Run directly (npm run serve), not when imported by start.ts.
if (process.argv[1]?.endsWith('serve.ts')) serve();
