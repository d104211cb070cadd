/// <reference types="node" />
// Test support only: the engine itself does no I/O. Tests load the real catalogue files.
// biome-ignore lint/style/noRestrictedImports: tests read the catalogue files from disk
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type Call, catalogueFileSchema } from '../../catalogue/catalogue.schema';
import { listDirections, type ResolvedDirection } from '../../catalogue/inheritance';

const callsDirectory = new URL('../../../../../catalogue/calls/', import.meta.url);

/** Every call of every catalogue file, validated by the catalogue schema. */
export function loadCatalogueCalls(): Call[] {
  return readdirSync(callsDirectory)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => catalogueFileSchema.parse(parse(readFileSync(new URL(f, callsDirectory), 'utf8'))).calls);
}

/** Every direction of every call, resolved. */
export function loadAllDirections(): ResolvedDirection[] {
  return loadCatalogueCalls().flatMap(listDirections);
}

/** One resolved direction by call id and node code. */
export function loadDirection(callId: string, code: string): ResolvedDirection {
  const found = loadAllDirections().find((d) => d.callId === callId && d.node.code === code);
  if (!found) throw new Error(`no direction ${callId} ${code}`);
  return found;
}

/** Every `expression` requirement in the catalogue, wherever it stands. */
export function loadCatalogueExpressions(): { callId: string; id: string | undefined; expression: string }[] {
  const out: { callId: string; id: string | undefined; expression: string }[] = [];
  for (const call of loadCatalogueCalls()) {
    const nodes = [...call.nodes];
    const requirements = [...call.requirements];
    while (nodes.length > 0) {
      const n = nodes.pop();
      if (!n) break;
      requirements.push(...n.requirements);
      nodes.push(...n.children);
    }
    for (const r of requirements) {
      if (r.kind === 'expression') out.push({ callId: call.id, id: r.id, expression: r.params.expression });
    }
  }
  return out;
}
