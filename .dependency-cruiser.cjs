/**
 * The layer fences, checked by `npm run lint` (and so by `npm test`). Type-only imports count too
 * (`tsPreCompilationDeps`): a type tie is still a tie a newcomer has to follow.
 *
 * electron/main, electron/preload ──> electron/shared ──> renderer/src/domain (the core) ──> zod
 * renderer/src/app ──> renderer/src/features ──> renderer/src/components ──> the core
 */
const CORE = '^renderer/src/domain/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circles anywhere, type-only ones included: each file can be read after the ones it imports.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-only-itself-and-zod',
      severity: 'error',
      comment: 'The core runs in main and in the renderer: no React, DOM, Electron, Node or i18next, only itself and zod.',
      from: { path: CORE },
      to: { pathNot: [CORE, '^node_modules/zod/'] },
    },
    {
      name: 'main-and-preload-use-only-the-core-of-the-renderer',
      severity: 'error',
      comment: 'Main and the preloads share the core with the renderer, never its screens, i18n or React code.',
      from: { path: '^electron/' },
      to: { path: '^renderer/', pathNot: CORE },
    },
    {
      name: 'shared-contract-is-types-and-constants-only',
      severity: 'error',
      comment: 'The IPC contract is loaded by all processes: it may import only the core.',
      from: { path: '^electron/shared/' },
      to: { pathNot: ['^electron/shared/', CORE] },
    },
    {
      name: 'preload-never-imports-main',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { path: '^electron/main/' },
    },
    {
      name: 'renderer-never-imports-main-or-preload',
      severity: 'error',
      comment: 'The renderer reaches main only through window.api and the contract.',
      from: { path: '^renderer/' },
      to: { path: '^electron/(main|preload)/' },
    },
    {
      name: 'features-never-import-the-app-shell',
      severity: 'error',
      comment: 'The shell composes the features; a feature never reaches back up into it.',
      from: { path: '^renderer/src/features/' },
      to: { path: '^renderer/src/app/' },
    },
    {
      name: 'components-are-below-features-and-app',
      severity: 'error',
      from: { path: '^renderer/src/components/' },
      to: { path: '^renderer/src/(features|app)/' },
    },
    {
      name: 'projector-imports-no-other-screen',
      severity: 'error',
      comment: 'The projector window shows slides only: it can reach no other screen, and so no private answers or names.',
      from: { path: '^renderer/src/features/projector/' },
      to: { path: '^renderer/src/features/', pathNot: '^renderer/src/features/projector/' },
    },
    {
      name: 'tests-and-scripts-are-not-imported-by-the-app',
      severity: 'error',
      from: { path: '^(electron|renderer)/' },
      to: { path: '^(tests|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    exclude: { path: '(^out/|^dist/|\\.d\\.ts$)' },
  },
};
