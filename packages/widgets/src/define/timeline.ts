import { define } from '../base/define.js';
import { NvTimeline } from '../timeline/timeline.js';

export { NvTimeline };

define('nv-timeline', NvTimeline);
