// <Analytics siteId="example.com" endpoint="https://stats.example.com" />: starts RayCstr's
// tracker in the browser after the first render (never during server-side rendering) and
// renders nothing. React is the app's own copy (a peer dependency), never bundled here.
import { useEffect } from 'react';
import { init } from './index.js';

export function Analytics(props) {
  useEffect(() => {
    init(props);
  }, []);
  return null;
}

export { track, pageview } from './index.js';
