// Issue 7's burst of malformed requests, against the real stack (Keycloak's tokens for every
// role, the packaged backend, its PostgreSQL): no 5xx, every refusal a problem body, no server
// code named, nosniff on every answer. `make burst` sends the same against `make run`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { burst } from './malformed-burst.mjs';

test('1 500 malformed requests from the contract get no 5xx and only problem answers', async () => {
  const result = await burst({ count: 1500, seed: 20261125 });
  const fiveHundreds = Object.entries(result.statuses).filter(([status]) => Number(status) >= 500);
  assert.deepEqual(fiveHundreds, [], `5xx answers: ${result.problems.slice(0, 10).join('\n')}`);
  assert.deepEqual(result.problems.slice(0, 20), [], `seed ${result.seed}`);
  // The burst reached the service's checks, not only its front door.
  for (const status of ['200', '400', '401', '403', '404', '415']) {
    assert.ok(result.statuses[status] > 0, `no ${status} among ${JSON.stringify(result.statuses)}`);
  }
  console.log(`malformed burst: ${JSON.stringify(result.statuses)}`);
});
