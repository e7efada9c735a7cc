// The dashboard's only way to the server: the stats API, with the session token in the
// Authorization header (admin) or the share link's secret as ?auth= (share pages). See
// server/api/webdashboard.h for why a header token and not a cookie.

const TOKEN_KEY = 'raycstr.session';

export class Api {
  constructor(share) {
    this.share = share; // the share link's secret, or null
    this.token = share ? null : sessionStorage.getItem(TOKEN_KEY);
  }

  get signedIn() {
    return Boolean(this.share || this.token);
  }

  async login(password) {
    const res = await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ password }),
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.error || res.statusText);
    this.token = body.token;
    sessionStorage.setItem(TOKEN_KEY, this.token);
  }

  async logout() {
    if (this.token) await fetch('/api/auth/logout', { method: 'POST', headers: this.headers() }).catch(() => {});
    this.forget();
  }

  forget() {
    this.token = null;
    sessionStorage.removeItem(TOKEN_KEY);
  }

  headers() {
    return this.token ? { Authorization: `Bearer ${this.token}` } : {};
  }

  url(path, params = []) {
    const q = new URLSearchParams(params);
    if (this.share) q.append('auth', this.share);
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  }

  async get(path, params) {
    const res = await fetch(this.url(path, params), { headers: this.headers() });
    const body = await res.json().catch(() => ({}));
    if (res.status === 401 && !this.share) {
      this.forget();
      const e = new Error(body.error || 'unauthorized');
      e.status = 401;
      throw e;
    }
    if (!res.ok) throw new Error(body.error || res.statusText);
    return body;
  }

  // A report as CSV (the API's format=csv), saved as `filename`. Fetched with the session
  // header like every other call (a plain link could not carry it), then handed to the
  // browser as a blob: no token ever goes into a URL.
  async download(path, params, filename) {
    const res = await fetch(this.url(path, [...params, ['format', 'csv']]), { headers: this.headers() });
    if (!res.ok) {
      const body = await res.json().catch(() => ({}));
      throw new Error(body.error || res.statusText);
    }
    const href = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = href;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10000);
  }

  // Server-Sent Events read through fetch (EventSource cannot send a header).
  stream(site, onEvent, signal) {
    const run = async () => {
      const res = await fetch(this.url(`/api/stream/${encodeURIComponent(site)}`), {
        headers: this.headers(),
        signal,
      });
      if (!res.ok || !res.body) return;
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let type = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) type = line.slice(6).trim();
            else if (line.startsWith('data:')) data += line.slice(5).trim();
          }
          if (!data) continue;
          try {
            onEvent(type, JSON.parse(data));
          } catch {
            /* a malformed message is skipped */
          }
        }
      }
    };
    run().catch(() => {});
  }
}
