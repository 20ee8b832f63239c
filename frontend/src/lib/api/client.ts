import createClient, { type Middleware } from 'openapi-fetch';
import { currentLanguage } from '@/lib/i18n/i18n';
import { ApiProblem } from './api-problem';
import type { paths } from './schema';

export type AccessTokenGetter = () => string | undefined | Promise<string | undefined>;

/** Adds `Authorization: Bearer …` when a token is at hand. */
export const bearerTokenMiddleware = (getAccessToken: AccessTokenGetter): Middleware => ({
  async onRequest({ request }) {
    const token = await getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
});

/**
 * Sends `Accept-Language` with the UI's language, read at each request, so that the API's
 * problem texts and row errors come in the language the reader switched to (docs/problems.md).
 */
export const languageMiddleware = (getLanguage: () => string): Middleware => ({
  onRequest({ request }) {
    request.headers.set('Accept-Language', getLanguage());
    return request;
  },
});

/** Turns every unsuccessful answer into a thrown {@link ApiProblem}. */
export const problemMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await ApiProblem.fromResponse(response);
    return response;
  },
};

/**
 * The media types the client reads answers as. Some operations also answer `text/csv`, which
 * only the download helper asks for (and reads as a Blob); typing the JSON answers without it
 * keeps `data` the JSON schema's type.
 */
type JsonMediaType = 'application/json' | 'application/problem+json';

export type ApiClient = ReturnType<typeof createClient<paths, JsonMediaType>>;

export interface ApiClientOptions {
  baseUrl?: string;
  getAccessToken?: AccessTokenGetter;
  /** The language problems are answered in; the UI's current language by default. */
  getLanguage?: () => string;
  fetch?: typeof globalThis.fetch;
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths, JsonMediaType>({
    baseUrl: options.baseUrl ?? window.location.origin,
    // Look fetch up at call time, so instrumentation installed later (tests, telemetry) sees it.
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
  });
  client.use(bearerTokenMiddleware(options.getAccessToken ?? (() => accessTokenGetter())));
  client.use(languageMiddleware(options.getLanguage ?? currentLanguage));
  client.use(problemMiddleware);
  return client;
}

let accessTokenGetter: AccessTokenGetter = () => undefined;

/** The auth layer tells the client where to find the signed-in user's token. */
export function setAccessTokenGetter(getter: AccessTokenGetter): void {
  accessTokenGetter = getter;
}

/** The one API client of the app. */
export const api = createApiClient();

/**
 * Unwraps an openapi-fetch result. Error answers have already been thrown as
 * ApiProblem by the middleware; this only guards against an empty success body.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) {
    throw new ApiProblem({ title: 'Empty answer', status: result.response.status });
  }
  return result.data;
}
