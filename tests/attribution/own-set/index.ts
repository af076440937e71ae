// Every part of the own evaluation set, in the order they were written (see passages.ts and each
// part's header for what it is and which rounds tuned on it).
import { ownSetFresh } from './fresh';
import { ownSetFresh2 } from './fresh2';
import { ownSetFresh3 } from './fresh3';
import { ownSetFresh4 } from './fresh4';
import { ownSetFresh5 } from './fresh5';
import { ownSetFresh6 } from './fresh6';
import { ownSetFresh7 } from './fresh7';
import { ownSetFresh8 } from './fresh8';
import { ownSetFresh9 } from './fresh9';
import { ownSetFresh10 } from './fresh10';
import { ownSetFresh11 } from './fresh11';
import { ownSetFresh12 } from './fresh12';
import { ownSet } from './passages';

export {
  ownSet,
  ownSetFresh,
  ownSetFresh2,
  ownSetFresh3,
  ownSetFresh4,
  ownSetFresh5,
  ownSetFresh6,
  ownSetFresh7,
  ownSetFresh8,
  ownSetFresh9,
  ownSetFresh10,
  ownSetFresh11,
  ownSetFresh12,
};

/** All the parts' passages, first part first. */
export const ownSetAll = [
  ...ownSet,
  ...ownSetFresh,
  ...ownSetFresh2,
  ...ownSetFresh3,
  ...ownSetFresh4,
  ...ownSetFresh5,
  ...ownSetFresh6,
  ...ownSetFresh7,
  ...ownSetFresh8,
  ...ownSetFresh9,
  ...ownSetFresh10,
  ...ownSetFresh11,
  ...ownSetFresh12,
];
