/** How one POST of JSON to the local host ended (a plain object: it also crosses from a worker). */
export type PostOutcome =
  { kind: 'answered'; result: unknown } | { kind: 'unreachable' } | { kind: 'unreadable' };

/** POSTs a JSON body to `url` of our own host and reads the JSON answer. Used on the page and in a worker. */
export async function postJson(url: string, body: string, keepalive = false): Promise<PostOutcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body,
      keepalive,
    });
  } catch {
    return { kind: 'unreachable' };
  }
  try {
    return { kind: 'answered', result: (await response.json()) as unknown };
  } catch {
    return { kind: 'unreadable' };
  }
}
