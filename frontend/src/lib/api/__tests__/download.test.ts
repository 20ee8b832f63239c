import { http, HttpResponse } from 'msw';
import { server } from '@/testing/server';
import { ApiProblem } from '../api-problem';
import { csvMediaType, downloadFile, fileNameOf } from '../download';

describe('download helper', () => {
  it('asks for the Swedish Excel dialect in Swedish and the comma dialect in English', () => {
    expect(csvMediaType('sv')).toBe('text/csv;delimiter=semicolon');
    expect(csvMediaType('en')).toBe('text/csv');
  });

  it('reads the file name the API offers in Content-Disposition', () => {
    const named = (value: string) => new Response(null, { headers: { 'Content-Disposition': value } });
    expect(fileNameOf(named('attachment; filename="indicator-TILLIT.csv"'))).toBe('indicator-TILLIT.csv');
    expect(fileNameOf(named('attachment; filename=crime.csv'))).toBe('crime.csv');
    expect(fileNameOf(new Response(null))).toBeUndefined();
  });

  it('throws the problem of a failed answer and saves nothing', async () => {
    server.use(
      http.get('*/api/v1/crime-statistics', () =>
        HttpResponse.json(
          { title: 'Invalid request', status: 400, errors: [{ field: 'area', message: 'is not a known area code' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const createObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL });

    const failed = downloadFile({
      path: '/api/v1/crime-statistics',
      params: { query: { area: ['1980-atlantis'] } },
      accept: 'text/csv',
      fallbackName: 'x.csv',
    });

    await expect(failed).rejects.toBeInstanceOf(ApiProblem);
    await expect(failed).rejects.toMatchObject({ status: 400 });
    expect(createObjectURL).not.toHaveBeenCalled();
  });
});
