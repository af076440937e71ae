// Electronegativity parses TypeScript with @typescript-eslint/typescript-estree 4, which needs
// the TypeScript 4 compiler API. The project's own TypeScript (7, native) has none, so the
// scanner's parser is pointed at the TypeScript 4 that electronegativity ships with.
const Module = require('node:module');
const path = require('node:path');
const bundled = path.resolve(__dirname, '../../node_modules/@doyensec/electronegativity/node_modules/typescript');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent?.filename?.includes(`${path.sep}@typescript-eslint${path.sep}`)) return resolve.call(this, bundled, parent, ...rest);
  return resolve.call(this, request, parent, ...rest);
};
