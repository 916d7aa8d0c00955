/**
 * The packs the browser policy brings (`packs` inline, `packUrls` subscribed), installed through
 * packs.ts with source 'policy': the rep can't remove or switch them off, and they go when the
 * policy stops naming them. Applied once the packs are loaded and again whenever the policy
 * changes; what fails (a URL that can't be fetched, a pack that clashes) is listed with the
 * policy's problems in the options page, and what was installed before stays.
 *
 * A policy URL is fetched by the background without asking the rep (the policy is the consent):
 * it needs the server to allow the extension's origin by CORS (`Access-Control-Allow-Origin`),
 * since Chrome can't grant a host permission without a user gesture. See docs/policy/README.md.
 */
import { browser } from 'wxt/browser';
import type { PackError, Pack } from '@/lib/guidance/schema';
import type { Policy, PolicyResult } from '@/lib/policy/schema';
import { installPack, listPacks, removePack, setPersonalPacksAllowed, subscribe } from './packs';
import { onPolicyChange, policyReady, setPolicyApplyProblems } from './policy';
import { serialQueue } from '@/lib/serial';

/** storage.local: a fingerprint of each inline policy pack installed, so a wake doesn't rewrite it. */
export const POLICY_APPLIED_KEY = 'heard:policy-packs';

async function fingerprint(pack: Pack): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(pack));
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function readApplied(): Promise<Record<string, string>> {
  try {
    const raw = (await browser.storage.local.get(POLICY_APPLIED_KEY))[POLICY_APPLIED_KEY];
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
    return Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

const hrefOf = (url: string): string => new URL(url).href;

/**
 * Installs, subscribes and removes so the policy packs installed match `policy`. Returns what
 * failed. `policyProblems` are the parse problems of the policy: while an inline pack (or a URL)
 * of the policy is broken, no policy pack of that kind is removed (the broken entry may be the
 * next version of one installed: what is installed stays until the policy is fixed).
 */
export async function applyPolicyPacks(policy: Policy, policyProblems: readonly PackError[] = []): Promise<PackError[]> {
  const problems: PackError[] = [];
  // Personal packs on or off, and the policy's rule locks compiled in.
  setPersonalPacksAllowed(!policy.disallowPersonalPacks);

  const applied = await readApplied();
  const nextApplied: Record<string, string> = {};
  for (const [i, pack] of policy.packs.entries()) {
    const print = await fingerprint(pack);
    const installed = listPacks().find((p) => p.id === pack.id);
    if (installed?.source === 'policy' && applied[pack.id] === print) {
      nextApplied[pack.id] = print;
      continue;
    }
    const res = await installPack(pack, 'policy');
    if (res.ok) nextApplied[pack.id] = print;
    else for (const e of res.errors.slice(0, 3)) problems.push({ path: `packs[${i}]`, message: e.path ? `${e.path}: ${e.message}` : e.message });
  }

  const urls = policy.packUrls.map(hrefOf);
  for (const [i, url] of urls.entries()) {
    // Subscribed already: the daily refresh keeps it current.
    if (listPacks().some((p) => p.source === 'policy' && p.url === url)) continue;
    const res = await subscribe(url, 'policy');
    if (!res.ok) for (const e of res.errors.slice(0, 3)) problems.push({ path: `packUrls[${i}]`, message: e.message });
  }

  const inlineIds = new Set(policy.packs.map((p) => p.id));
  const brokenInline = policyProblems.some((p) => p.path === 'packs' || p.path.startsWith('packs['));
  const brokenUrls = policyProblems.some((p) => p.path === 'packUrls' || p.path.startsWith('packUrls['));
  for (const p of listPacks()) {
    if (p.source !== 'policy' || inlineIds.has(p.id) || (p.url && urls.includes(p.url))) continue;
    if (p.url ? brokenUrls : brokenInline) continue;
    const res = await removePack(p.id, { by: 'policy' });
    if (!res.ok) problems.push({ path: 'packs', message: res.error ?? `could not remove ${p.id}` });
  }
  await browser.storage.local.set({ [POLICY_APPLIED_KEY]: nextApplied }).catch(() => {});
  return problems;
}

const serial = serialQueue();

/** Applies the policy packs once the packs are loaded and after every policy change (serialised). */
export function registerPolicyPacks(packsReady: Promise<unknown>): Promise<void> {
  const run = (r: PolicyResult): Promise<void> => serial(async () => setPolicyApplyProblems(await applyPolicyPacks(r.policy, r.problems)));
  onPolicyChange((r) => void packsReady.then(() => run(r)));
  return packsReady.then(async () => run(await policyReady()));
}
