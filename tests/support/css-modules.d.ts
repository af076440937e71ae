// Unit tests render some of the renderer's components (tests/unit/sources-panel.test.ts), which import
// their stylesheets for Vite; type-checked with the Node project, a stylesheet is a module of nothing.
declare module '*.css';
