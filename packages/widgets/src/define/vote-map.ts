import { define } from '../base/define.js';
import { NvVoteMap } from '../vote-map/vote-map.js';

export { NvVoteMap };

define('nv-vote-map', NvVoteMap);
