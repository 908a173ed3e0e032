import * as migration_20261121_125545_initial from './20261121_125545_initial';
import * as migration_20261206_092427_help_centre from './20261206_092427_help_centre';
import * as migration_20261206_102500_help_search_head from './20261206_102500_help_search_head';

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
  {
    up: migration_20261206_102500_help_search_head.up,
    down: migration_20261206_102500_help_search_head.down,
    name: '20261206_102500_help_search_head'
  },
];
