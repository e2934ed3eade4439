/**
 * The sandbox's URL parameters — `?scenario=classroom`, `?latency=800`,
 * `?fault=AttachGroupPolicy:Throttling` — before the hash or inside it
 * (`#/groups?scenario=classroom`). They are taken once at boot and removed from the
 * address bar, so a reload or a shared link does not reset the sandbox again.
 * No imports: main.tsx calls this before anything else loads.
 */
export const SANDBOX_PARAMS = ['scenario', 'latency', 'fault'] as const;

export interface SandboxUrlParams {
  scenario?: string;
  latency?: string;
  /** every `fault=` value, in order; one value may also hold several rules separated by commas */
  faults: string[];
}

export interface ExtractedParams {
  params: SandboxUrlParams;
  /** the address without the sandbox's parameters, or undefined when there were none */
  cleanedHref?: string;
}

export function extractSandboxParams(href: string): ExtractedParams {
  const url = new URL(href);
  const params: SandboxUrlParams = { faults: [] };
  let found = false;

  const take = (search: URLSearchParams) => {
    for (const name of SANDBOX_PARAMS) {
      const values = search.getAll(name);
      if (values.length === 0) continue;
      found = true;
      search.delete(name);
      if (name === 'fault') params.faults.push(...values.flatMap((value) => value.split(',')).filter(Boolean));
      // The last value wins, before or inside the hash.
      else params[name] = values[values.length - 1];
    }
  };

  const outer = new URLSearchParams(url.search);
  take(outer);
  const hash = url.hash.replace(/^#/, '');
  const queryStart = hash.indexOf('?');
  const route = queryStart >= 0 ? hash.slice(0, queryStart) : hash;
  const inner = new URLSearchParams(queryStart >= 0 ? hash.slice(queryStart + 1) : '');
  take(inner);
  if (!found) return { params };

  const search = outer.toString();
  const innerSearch = inner.toString();
  url.search = search ? `?${search}` : '';
  url.hash = route || innerSearch ? `#${route}${innerSearch ? `?${innerSearch}` : ''}` : '';
  return { params, cleanedHref: url.toString() };
}

/** Reads the parameters from the address bar and removes them (history.replaceState). */
export function takeSandboxParams(): SandboxUrlParams {
  const { params, cleanedHref } = extractSandboxParams(window.location.href);
  if (cleanedHref !== undefined) window.history.replaceState(window.history.state, '', cleanedHref);
  return params;
}
