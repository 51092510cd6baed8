/**
 * A GraphQL explorer that works offline: GraphiQL 3's UMD bundle and React 18's UMD builds, served from their
 * npm packages by the gateway itself (development only, like Apollo Sandbox, whose page loads from Apollo's CDN).
 * GET /graphiql is the page; it loads nothing but these files, all below /graphiql/ on the same host and port,
 * and its Content-Security-Policy tells the browser to load nothing from anywhere else.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";

export const EXPLORER_PATH = "/graphiql";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

// The page's own script is a file too (no inline script), so the policy needs no 'unsafe-inline' for scripts.
// GraphiQL sets style attributes and its fonts are data: URLs.
const START = `const fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", location.href).href });
ReactDOM.createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, shouldPersistHeaders: false }),
);
`;

const fromPackage = (name: string, file: string) => () => readFile(join(packageDir(name), file));
const JS = "text/javascript";

/** The files the page loads: name below /graphiql/ → how to read it, content type. */
const ASSETS: Record<string, { read: () => Promise<Buffer | string>; type: string }> = {
  "react.production.min.js": { read: fromPackage("react", "umd/react.production.min.js"), type: JS },
  "react-dom.production.min.js": { read: fromPackage("react-dom", "umd/react-dom.production.min.js"), type: JS },
  "graphiql.min.js": { read: fromPackage("graphiql", "graphiql.min.js"), type: JS },
  "graphiql.min.css": { read: fromPackage("graphiql", "graphiql.min.css"), type: "text/css" },
  "start.js": { read: () => Promise.resolve(START), type: JS },
};

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Meander GraphiQL</title>
<link rel="stylesheet" href="${EXPLORER_PATH}/graphiql.min.css">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${EXPLORER_PATH}/react.production.min.js"></script>
<script src="${EXPLORER_PATH}/react-dom.production.min.js"></script>
<script src="${EXPLORER_PATH}/graphiql.min.js"></script>
<script src="${EXPLORER_PATH}/start.js"></script>
</body>
</html>
`;

type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const answer =
  (status: number, type: string, body: string | Buffer): Route =>
  async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" });
      return void res.end();
    }
    res.writeHead(status, {
      "content-type": `${type}; charset=utf-8`,
      "content-security-policy": CSP,
      "x-content-type-options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };

/** The explorer's routes for the gateway's HTTP handler (the page and its files, read from the packages once). */
export function explorerRoutes(): Record<string, Route> {
  const routes: Record<string, Route> = { [EXPLORER_PATH]: answer(200, "text/html", PAGE) };
  for (const [name, asset] of Object.entries(ASSETS)) {
    let body: Promise<Buffer | string> | undefined;
    routes[`${EXPLORER_PATH}/${name}`] = async (req, res) => {
      body ??= asset.read();
      return answer(200, asset.type, await body)(req, res);
    };
  }
  return routes;
}
