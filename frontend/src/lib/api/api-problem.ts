import type { FieldError, Problem } from './types';

/**
 * An error answer from the API, as RFC 9457 problem details. Answers that are not
 * problem+json (a proxy's 502, an HTML error page) become one too, with the HTTP status
 * and status text, so the UI has a single error type to show.
 */
export class ApiProblem extends Error {
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly type?: string;
  readonly instance?: string;
  readonly errors: FieldError[];

  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiProblem';
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.type = problem.type;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
  }

  static async fromResponse(response: Response): Promise<ApiProblem> {
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.includes('json')) {
      try {
        const body = (await response.clone().json()) as Partial<Problem>;
        if (body && typeof body.title === 'string') {
          return new ApiProblem({
            ...body,
            title: body.title,
            status: typeof body.status === 'number' ? body.status : response.status,
          });
        }
      } catch {
        // not JSON after all; fall through
      }
    }
    return new ApiProblem({
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
    });
  }
}

export const isApiProblem = (error: unknown): error is ApiProblem => error instanceof ApiProblem;
