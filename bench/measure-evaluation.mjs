// (e) The effect follow-up of one measure: GET /api/v1/measures/{id}/evaluation as an anonymous
// reader, which reads the outcome's monthly counts of the target and comparison districts and of each
// district, publishes them through the disclosure control and fits the Poisson difference-in-differences
// model on every request. A step of `make bench` (bench/crime-statistics.mjs imports it, on the
// 10-million-fact data set); also runs on its own against any running stack with crime statistics:
//   BENCH_API_URL=http://localhost:8080 BENCH_KEYCLOAK_URL=http://localhost:8180/realms/varna \
//     node bench/measure-evaluation.mjs
// It registers (once) a published measure "Bench: effektuppföljning" of the coordinator's with a design
// of three target and five comparison districts, 24 months before and 24 after the start.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const TITLE = 'Bench: effektuppföljning';
export const EVALUATION_TARGET_MS = 300;

const TARGETS = ['1980-backby', '1980-raby', '1980-hammarby'];
const COMPARISONS = ['1980-skiljebo', '1980-vallby', '1980-pettersberg', '1980-gideonsberg', '1980-bjurhovda'];

async function call(api, method, url, { token, body } = {}) {
  const response = await fetch(api + url, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const percentile = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** The bench measure's id: found by its title, or registered with its design by the coordinator. */
async function benchMeasure(api, coordinator, interventionStart) {
  const found = await call(api, 'GET', `/api/v1/measures?q=${encodeURIComponent(TITLE)}`, { token: coordinator });
  const existing = found.body?.items?.find((m) => m.title === TITLE);
  if (existing) return existing.id;
  const created = await call(api, 'POST', '/api/v1/measures', {
    token: coordinator,
    body: {
      title: TITLE, preventionType: 'situational', preventionLevel: 'primary', status: 'ongoing',
      startDate: `${interventionStart}-01`, districts: TARGETS, published: true,
    },
  });
  if (created.status !== 201) throw new Error(`creating the bench measure: ${created.status} ${JSON.stringify(created.body)}`);
  const design = await call(api, 'PUT', `/api/v1/measures/${created.body.id}/evaluation`, {
    token: coordinator,
    body: {
      outcome: { kind: 'crimeCategory', code: 'skadegorelse' }, targetDistricts: TARGETS,
      comparisonDistricts: COMPARISONS, interventionStart, monthsBefore: 24, monthsAfter: 24,
    },
  });
  if (design.status !== 201) throw new Error(`registering the design: ${design.status} ${JSON.stringify(design.body)}`);
  return created.body.id;
}

/**
 * Latencies of the evaluation for an anonymous reader: `clients` concurrent clients × `requests` each,
 * after `warmUp` requests. `interventionStart` must leave 24 months of crime statistics on each side.
 */
export async function evaluationLatencies({ api, coordinator, interventionStart = '2022-01', clients = 4,
  requests = 50, warmUp = 100 }) {
  const id = await benchMeasure(api, coordinator, interventionStart);
  const url = `/api/v1/measures/${id}/evaluation`;
  const first = await call(api, 'GET', url);
  if (first.status !== 200) throw new Error(`${url}: ${first.status} ${JSON.stringify(first.body)}`);
  for (let i = 0; i < warmUp; i++) await call(api, 'GET', url);
  const latencies = [];
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = 0; i < requests; i++) {
      const t0 = performance.now();
      const answer = await call(api, 'GET', url);
      latencies.push(performance.now() - t0);
      if (answer.status !== 200) throw new Error(`${url}: ${answer.status}`);
    }
  }));
  const result = first.body.result;
  const shape = `${TARGETS.length} target and ${COMPARISONS.length} comparison districts × ${result.series.length} months, `
    + (result.estimate ? `estimate ${(result.estimate.relativeChange * 100).toFixed(0)} %` : `no estimate (${result.insufficientData})`);
  return { latencies, url, shape, median: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

async function token(keycloak, username) {
  const response = await fetch(`${keycloak}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'varna-cli', username, password: username }),
  });
  if (!response.ok) throw new Error(`token: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

// On its own: against a running stack, e.g. `make run` with its demo crime statistics (2015–2025).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const api = process.env.BENCH_API_URL ?? 'http://localhost:8080';
  const keycloak = process.env.BENCH_KEYCLOAK_URL ?? 'http://localhost:8180/realms/varna';
  const run = await evaluationLatencies({
    api, coordinator: await token(keycloak, 'samordnare'),
    interventionStart: process.env.BENCH_EVALUATION_START ?? '2022-01',
    clients: Number(process.env.BENCH_CLIENTS ?? 4), requests: Number(process.env.BENCH_REQUESTS ?? 50),
  });
  const ok = run.p95 <= EVALUATION_TARGET_MS;
  console.log(`(e) ${run.url} (${run.shape}): median ${run.median.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms; `
    + `target p95 ≤ ${EVALUATION_TARGET_MS} ms: ${ok ? 'met' : 'NOT met'}`);
}
