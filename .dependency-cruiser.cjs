/**
 * Module boundaries, checked by `npm run lint:deps` (part of `npm test`) and test/architecture.test.ts.
 * See docs/ARCHITECTURE.md, "Dependency rules".
 */
const TESTS = '(\\.test|\\.e2e\\.test)\\.tsx?$|^test/|^src/modules/[^/]+/[^/]+\\.test-support\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycles, server or web. The one exception: src/state.ts names the types of the per-process state ' +
        'that modules keep in deps.state, and imports types only (rule state-imports-types-only).',
      from: {},
      to: { circular: true, viaOnly: { pathNot: '^src/state\\.ts$' } },
    },
    {
      name: 'state-imports-types-only',
      severity: 'error',
      comment: 'src/state.ts is a type: it may not load modules at run time.',
      from: { path: '^src/state\\.ts$' },
      to: { dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'kernel-and-lib-below-modules',
      severity: 'error',
      comment: 'The kernel and lib are the vocabulary and tools modules share: they import no module, plugin, job or seed.',
      from: { path: '^src/(kernel|lib)/', pathNot: TESTS },
      to: { path: '^src/(modules|plugins|jobs|seed|db)/|^src/(app|runtime|main|cli)\\.ts$' },
    },
    {
      name: 'web-shared-kernel-is-pure',
      severity: 'error',
      comment: 'kernel/policy.ts and kernel/claims.ts are imported by the web app as well: they import nothing.',
      from: { path: '^src/kernel/(policy|claims)\\.ts$' },
      to: {},
    },
    {
      name: 'module-public-surface',
      severity: 'error',
      comment:
        "A module uses another module only through its public surface: <d>.service.ts and <d>.repo.ts (operations and " +
        "queries) and <d>.schema.ts (API shapes). Routes, batches, gates, caches, guards, engines and other files are " +
        "the module's own. Shared vocabulary lives in src/kernel.",
      from: { path: '^src/modules/([^/]+)/', pathNot: TESTS },
      to: {
        path: '^src/modules/[^/]+/',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/[^/]+\\.(service|repo|schema)\\.ts$', '^src/modules/citizens/citizens\\.(registration|session)\\.ts$'],
      },
    },
    {
      name: 'routes-only-from-app',
      severity: 'error',
      comment: 'Route files are wired in app.ts; nothing else imports them.',
      from: { pathNot: ['^src/app\\.ts$', TESTS] },
      to: { path: '^src/modules/[^/]+/[^/]+\\.routes\\.ts$|^src/modules/tenants/tenants\\.settings\\.ts$' },
    },
    {
      name: 'web-features-through-api',
      severity: 'error',
      comment:
        "A web feature uses another feature through its api.ts (queries, types) and its components (PascalCase .tsx); " +
        "its other .ts files are its own, except the plumbing every public write goes through (named here).",
      from: { path: '^web/src/features/([^/]+)/' },
      to: {
        path: '^web/src/features/[^/]+/',
        pathNot: [
          '^web/src/features/$1/',
          '^web/src/features/[^/]+/(api\\.ts|[A-Z][A-Za-z]*\\.tsx)$',
          '^web/src/features/(citizens/session|botdefence/pow|waitingroom/admission)\\.ts$',
        ],
      },
    },
    {
      name: 'web-uses-only-the-policy-from-the-server',
      severity: 'error',
      comment: 'The web app shares only pure kernel files with the server: the access policy and the claims list.',
      from: { path: '^web/' },
      to: { path: '^src/', pathNot: '^src/kernel/(policy|claims)\\.ts$' },
    },
    {
      name: 'server-does-not-import-web',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^web/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules|^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
