export interface JsonRequest {
  method?: string;
  /** A staff access token, sent as `Authorization: Bearer`. */
  token?: string;
  body?: unknown;
}

/** One JSON request to the API; a non-2xx answer throws with the status and the server's words. */
export async function requestJson<T>(url: string, path: string, init: JsonRequest = {}): Promise<T> {
  const method = init.method ?? (init.body ? 'POST' : 'GET');
  const response = await fetch(url + path, {
    method,
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Signs a staff member in and returns the access token. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  return (await requestJson<{ accessToken: string }>(url, '/auth/login', { body: { email, password } })).accessToken;
}
