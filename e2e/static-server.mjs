// A small static file server for dist/: used by `scripts/serve.sh` and by the end-to-end
// tests. It can mount the build under a sub-path (e.g. /planner/) to prove relative URLs work.
// Usage: node static-server.mjs --dir ../dist --port 8080 [--prefix /planner/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts serving `dir` under `prefix`; resolves to { server, url, close(), swapDir(newDir) }. */
export async function startServer({ dir, port = 0, host = '127.0.0.1', prefix = '/' } = {}) {
  let root = resolve(dir);
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://local');
    let path = decodeURIComponent(url.pathname);
    if (path === base.slice(0, -1)) path = base;
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    const rel = normalize(path.slice(base.length) || 'index.html');
    const file = join(root, rel);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const target = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      // Hashed files may be cached forever; the page and the service worker never.
      const fresh = /\.(html|webmanifest)$|sw\.js$/.test(target);
      res.writeHead(200, {
        'content-type': type,
        'cache-control': fresh ? 'no-cache' : 'public, max-age=31536000, immutable',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const { port: actual } = server.address();
  return {
    server,
    url: `http://${host}:${actual}${base}`,
    swapDir(newDir) { root = resolve(newDir); },
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({
    dir: arg('dir', 'dist'),
    port: Number(arg('port', '8080')),
    host: arg('host', '127.0.0.1'),
    prefix: arg('prefix', '/'),
  });
  console.log(`Serving the planner at ${url}  (Ctrl-C to stop)`);
}
