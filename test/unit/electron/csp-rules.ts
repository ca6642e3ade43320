// An independent reader of Content-Security-Policy strings for the CSP tests: it parses the
// serialized policy (never the app's directive table) and lists what breaks our rules.

export type ParsedPolicy = Map<string, string[]>;

export function parsePolicy(policy: string): ParsedPolicy {
  const parsed: ParsedPolicy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === undefined || name === '') continue;
    // The first occurrence of a directive wins; browsers ignore the rest.
    if (!parsed.has(name.toLowerCase())) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

const keywords = new Set(["'self'", "'none'"]);
// Schemes that name content the page made itself, never a place on the network.
const localSchemes = new Set(['data:', 'blob:']);

/** Every broken rule, in words; empty when the policy is acceptable. */
export function policyProblems(policy: string): string[] {
  const parsed = parsePolicy(policy);
  const problems: string[] = [];
  const scriptSources = parsed.get('script-src') ?? parsed.get('default-src');
  if (scriptSources === undefined) problems.push('no script-src and no default-src');
  else if (scriptSources.join(' ') !== "'self'")
    problems.push(`script-src is "${scriptSources.join(' ')}", not 'self'`);
  if (parsed.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  for (const [name, sources] of parsed) {
    for (const source of sources) {
      const lower = source.toLowerCase();
      if (lower === "'unsafe-eval'" || lower === "'wasm-unsafe-eval'")
        problems.push(`${name} allows ${source}`);
      else if (lower === "'unsafe-inline'" && name !== 'style-src')
        problems.push(`${name} allows ${source}`);
      else if (!keywords.has(lower) && !localSchemes.has(lower) && lower !== "'unsafe-inline'")
        problems.push(`${name} allows the remote or unknown source ${source}`);
    }
  }
  return problems;
}

/** The content of the Content-Security-Policy meta tag of an HTML page, or null. */
export function metaPolicyOf(html: string): string | null {
  const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"') ?? null;
}
