// Layers inside a folder, which `no-restricted-imports` cannot see: it matches the written
// specifier, while `../khata` means contract/areas/khata in one file and core/khata in another.
// This rule resolves each relative import against the importing file and checks the target's
// folder. tests/lint/layers.test.ts proves each zone.
import path from 'node:path';

/** [files under, imports must stay inside one of, or must avoid all of, the message] */
const ZONES = [
  {
    from: 'app/core/contract/',
    allowOnly: ['app/core/contract/'],
    message: 'The contract is the bottom layer: it imports only the contract (and zod), never the domain.',
  },
  {
    from: 'app/core/',
    except: ['app/core/services/', 'app/core/contract/', 'app/core/testing/'],
    deny: ['app/core/services/', 'app/core/testing/'],
    message: 'Domain rules never import the services (or test helpers): the services call the domain.',
  },
  {
    from: 'app/renderer/src/features/',
    feature: true,
    message: 'A feature imports only api/, ui/, i18n/, app/ and its own folder; shared pieces live in ui/ or app/.',
  },
];

const RENDERER = 'app/renderer/src/';
const SHARED = ['api/', 'ui/', 'i18n/', 'app/'].map((d) => RENDERER + d);

function violation(file, target) {
  for (const zone of ZONES) {
    if (!file.startsWith(zone.from) || (zone.except ?? []).some((e) => file.startsWith(e))) continue;
    if (zone.allowOnly && !zone.allowOnly.some((a) => target.startsWith(a))) return zone.message;
    if (zone.deny && zone.deny.some((d) => target.startsWith(d))) return zone.message;
    if (zone.feature && target.startsWith(RENDERER)) {
      const own = zone.from + file.slice(zone.from.length).split('/')[0] + '/';
      if (!target.startsWith(own) && !SHARED.some((s) => target.startsWith(s))) return zone.message;
    }
  }
  return null;
}

export const layers = {
  meta: { type: 'problem', schema: [], docs: { description: 'Layers inside app/core and the renderer, by resolved path' } },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const check = (node) => {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target =
        path
          .relative(root, path.resolve(path.dirname(context.filename), spec))
          .split(path.sep)
          .join('/') + '/';
      const message = violation(file, target);
      if (message) context.report({ node: node.source, message });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export const layersPlugin = { rules: { imports: layers } };
