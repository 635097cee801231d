import { postJson } from './postJson';

/** Sends the page's large requests (see offThreadPost.ts) and posts back how each ended. */
addEventListener('message', (event: MessageEvent<{ id: number; url: string; body: string }>) => {
  const { id, url, body } = event.data;
  void postJson(url, body).then((outcome) => postMessage({ id, outcome }));
});
