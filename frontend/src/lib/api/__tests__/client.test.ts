import { http, HttpResponse } from 'msw';
import { ApiProblem } from '../api-problem';
import { createApiClient } from '../client';
import { i18n } from '@/lib/i18n/i18n';
import { server } from '@/testing/server';

describe('API client', () => {
  it('sends the access token as a bearer token when there is one', async () => {
    let authorization: string | null = 'unset';
    server.use(
      http.get('*/api/v1/me', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json({ username: 'samordnare', roles: ['coordinator'], serviceAccount: false });
      }),
    );
    const client = createApiClient({ getAccessToken: async () => 'token-123' });

    const { data } = await client.GET('/api/v1/me');

    expect(authorization).toBe('Bearer token-123');
    expect(data?.username).toBe('samordnare');
  });

  it('sends no Authorization header for an anonymous visitor', async () => {
    let authorization: string | null = 'unset';
    server.use(
      http.get('*/api/v1/policies', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json({ items: [], total: 0, limit: 100, offset: 0 });
      }),
    );
    await createApiClient({ getAccessToken: () => undefined }).GET('/api/v1/policies');
    expect(authorization).toBeNull();
  });

  it("asks for the UI's language in Accept-Language, and follows a switch of language", async () => {
    const asked: (string | null)[] = [];
    server.use(
      http.get('*/api/v1/policies', ({ request }) => {
        asked.push(request.headers.get('Accept-Language'));
        return HttpResponse.json({ items: [], total: 0, limit: 100, offset: 0 });
      }),
    );
    const client = createApiClient({ getAccessToken: () => undefined });

    await client.GET('/api/v1/policies');
    await i18n.changeLanguage('en');
    await client.GET('/api/v1/policies');
    await i18n.changeLanguage('sv');
    await client.GET('/api/v1/policies');

    expect(asked).toEqual(['sv', 'en', 'sv']);
  });

  it('throws a problem+json answer as an ApiProblem with its field errors', async () => {
    server.use(
      http.get('*/api/v1/indicators', () =>
        HttpResponse.json(
          {
            type: 'urn:varna:problem:invalid-parameter',
            title: 'Bad Request',
            status: 400,
            detail: 'A parameter is not valid.',
            errors: [{ field: 'limit', message: 'must be less than or equal to 500' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const client = createApiClient({ getAccessToken: () => undefined });

    const error = await client
      .GET('/api/v1/indicators', { params: { query: { limit: 9999 } } })
      .then(() => undefined, (e: unknown) => e);

    expect(error).toBeInstanceOf(ApiProblem);
    const problem = error as ApiProblem;
    expect(problem.status).toBe(400);
    expect(problem.title).toBe('Bad Request');
    expect(problem.detail).toBe('A parameter is not valid.');
    expect(problem.type).toBe('urn:varna:problem:invalid-parameter');
    expect(problem.errors).toEqual([{ field: 'limit', message: 'must be less than or equal to 500' }]);
  });

  it('turns an answer that is not problem+json into an ApiProblem with the status', async () => {
    server.use(http.get('*/api/v1/areas', () => new HttpResponse('Bad gateway', { status: 502, statusText: 'Bad Gateway' })));
    const error = await createApiClient({ getAccessToken: () => undefined })
      .GET('/api/v1/areas')
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).status).toBe(502);
    expect((error as ApiProblem).title).toBe('Bad Gateway');
    expect((error as ApiProblem).errors).toEqual([]);
  });
});
