import * as migration_20261121_125545_initial from './20261121_125545_initial';
import * as migration_20261206_092427_help_centre from './20261206_092427_help_centre';

export const migrations = [
  {
    up: migration_20261121_125545_initial.up,
    down: migration_20261121_125545_initial.down,
    name: '20261121_125545_initial',
  },
  {
    up: migration_20261206_092427_help_centre.up,
    down: migration_20261206_092427_help_centre.down,
    name: '20261206_092427_help_centre'
  },
];
