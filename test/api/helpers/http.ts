// A small fetch wrapper for tests: JSON in and out, and a cookie jar that behaves like a browser
// for the cookies the API sets (name=value only; paths are checked by the tests that care).
export interface HttpResponse {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
  setCookies: string[];
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  jar?: CookieJar;
}

export class CookieJar {
  readonly cookies = new Map<string, string>();

  store(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export async function http(baseUrl: string, path: string, options: RequestOptions = {}): Promise<HttpResponse> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  if (options.jar && options.jar.cookies.size > 0) headers.cookie = options.jar.header();
  const res = await fetch(`${baseUrl}${path}`, { method: options.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    // not JSON (HTML, metrics): keep the text
  }
  const setCookies = res.headers.getSetCookie();
  options.jar?.store(setCookies);
  return { status: res.status, headers: res.headers, body: parsed, text, setCookies };
}

/** Shorthand for reading a JSON field in assertions. */
export function field<T = unknown>(res: HttpResponse, name: string): T {
  return (res.body as Record<string, T>)[name] as T;
}
