export interface TrackerOptions {
  /** The site, as added with `raycstr-server site add` (default: this page's host). */
  domain?: string;
  /** Alias of `domain`. */
  siteId?: string;
  /** The RayCstr server's URL; events go to `${endpoint}/api/event` (default: this origin). */
  endpoint?: string;
  /** The full URL to post events to, instead of endpoint + "/api/event". */
  api?: string;
  /** Count #fragment changes as pages. */
  hash?: boolean;
  /** Send id-like path segments (numbers, UUIDs, long hex) as [id]. */
  hashPaths?: boolean;
  /** Send nothing when Do Not Track is on (default true). */
  respectDnt?: boolean;
  /** An "Outbound Link: Click" event for links to other hosts. */
  outboundLinks?: boolean;
  /** A "File Download" event for links to files. */
  fileDownloads?: boolean;
  /** Count localhost and file: pages too. */
  allowLocal?: boolean;
  /** No automatic pageviews: call pageview() yourself. */
  manual?: boolean;
  /** Measure Web Vitals (LCP, CLS, INP, TTFB, FCP), sent once per page load. */
  vitals?: boolean;
}

export type Props = Record<string, string | number | boolean>;

export interface Tracker {
  track(name: string, props?: Props): void;
  pageview(): void;
}

export function init(options?: TrackerOptions): Tracker | undefined;
export function track(name: string, props?: Props): void;
export function pageview(): void;
export function hashPath(path: string): string;
