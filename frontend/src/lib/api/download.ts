import { useMutation } from '@tanstack/react-query';
import type { Language } from '@/lib/i18n/i18n';
import { ApiProblem } from './api-problem';
import { api } from './client';
import type { paths } from './schema';

/** The paths with a GET operation. */
type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];

/** The path and query parameters of a path's GET operation. */
type GetParams<P extends GetPath> = paths[P] extends { get: { parameters: infer T } } ? T : never;

export interface Download<P extends GetPath> {
  path: P;
  params: GetParams<P>;
  /** The `Accept` header: the media type the file is asked for, e.g. from {@link csvMediaType}. */
  accept: string;
  /** The file name when the answer names none in `Content-Disposition`. */
  fallbackName: string;
}

/**
 * The CSV the API answers in the UI language's dialect: Excel in Swedish splits fields at `;`
 * and reads a decimal comma, in English at `,` with a decimal point (see docs/csv.md).
 */
export const csvMediaType = (language: Language) => (language === 'sv' ? 'text/csv;delimiter=semicolon' : 'text/csv');

/** The file name of `Content-Disposition: attachment; filename="…"`, if the answer has one. */
export function fileNameOf(response: Response): string | undefined {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

/** Saves a Blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Fetches an operation as a file through the app's API client (so with the signed-in user's
 * token, and a problem+json answer thrown as an ApiProblem) and saves it under the name the
 * API gives. Answers the file name.
 */
export async function downloadFile<P extends GetPath>({ path, params, accept, fallbackName }: Download<P>): Promise<string> {
  // openapi-fetch cannot narrow its options for a path that is itself generic; the call is the
  // same as a typed `api.GET(path, …)`, and `Download` types the path and its parameters.
  const get = api.GET as unknown as (
    url: P,
    init: { params: GetParams<P>; parseAs: 'blob'; headers: Record<string, string> },
  ) => Promise<{ data?: Blob; response: Response }>;
  const { data, response } = await get(path, { params, parseAs: 'blob', headers: { Accept: accept } });
  if (data == null) {
    throw new ApiProblem({ title: 'Empty answer', status: response.status });
  }
  const fileName = fileNameOf(response) ?? fallbackName;
  saveBlob(data, fileName);
  return fileName;
}

/** A download as a mutation: pending while it runs, the problem when it fails. */
export const useDownload = <P extends GetPath>() => useMutation({ mutationFn: (download: Download<P>) => downloadFile(download) });
