import type { TrackerOptions } from './index.js';

export function Analytics(props: TrackerOptions): null;
export { track, pageview } from './index.js';
