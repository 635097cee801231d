/**
 * Layering inside each side (DESIGN §2), checked on resolved imports by `npm run lint`.
 * Which packages each side may use (shared is pure, the renderer has no Node) stays in eslint.config.mjs.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules import one way: a cycle means two files are one module or a third is missing.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'services-below-api',
      comment:
        'Services get their context from services/context.ts; the API layer calls them, never the reverse.',
      severity: 'error',
      from: { path: '^src/main/services/' },
      to: { path: '^src/main/api/' },
    },
    {
      name: 'repos-below-services',
      comment: 'Repos are SQL over one table each; business rules call them, not the other way round.',
      severity: 'error',
      from: { path: '^src/main/db/' },
      to: { path: '^src/main/(services|api)/' },
    },
    {
      name: 'lib-below-features',
      comment: 'renderer lib/ is what features share; it may not depend on a feature.',
      severity: 'error',
      from: { path: '^src/renderer/src/lib/' },
      to: { path: '^src/renderer/src/features/' },
    },
    {
      name: 'features-through-index',
      comment: "A feature uses another feature only through that feature's index.ts, its public face.",
      severity: 'error',
      // The composition root (the route table and the boot gate) loads each page by its own file, so
      // that every page is a chunk of its own and the first screen does not load the others.
      from: {
        path: '^src/renderer/src/features/([^/]+)/',
        pathNot: '^src/renderer/src/features/(shell/routes\\.tsx|boot/BootGate\\.tsx)$',
      },
      to: {
        path: '^src/renderer/src/features/',
        pathNot: ['^src/renderer/src/features/$1/', '^src/renderer/src/features/[^/]+/index\\.tsx?$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
