// Imported first by the server (scripts/serve.ts). tsx turns Node's source-map support on; with it
// on, Node reads and keeps the source map of every file it loads, and the build's server chunks
// have hundreds, sources included: about 60 MB of the server's heap, kept for stack traces that
// `next start` does not map either (decision 026). Off before Next.js loads a chunk, unless asked
// for: SERVER_NODE_FLAGS=--enable-source-maps npm start.
if (!process.execArgv.includes("--enable-source-maps")) process.setSourceMapsEnabled(false);
