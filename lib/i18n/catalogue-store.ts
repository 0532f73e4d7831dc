// The client components' catalogues, kept where the server's render of client components finds
// them: on the server, React renders server components and client components as two module graphs
// of one process, so the one thing they share is the process's global object. Filled by
// `clientCatalogue` (lib/i18n/client-catalogue.ts) before any page's client components render,
// read by `IntlProvider` (components/intl-provider.tsx). A catalogue is the same for every request
// that reads its language: nothing here is a request's own.
const KEY = Symbol.for("partnerships.clientCatalogues");

type Store = Map<string, Record<string, unknown>>;

export function catalogueStore(): Store {
  const global = globalThis as { [KEY]?: Store };
  global[KEY] ??= new Map();
  return global[KEY];
}
