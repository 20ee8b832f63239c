// make test-deploy: deploy/k8s/ as kustomize builds it, each object checked against the
// Kubernetes API's JSON schema (kubernetes-models, a devDependency: nothing is downloaded).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parseAllDocuments, parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const base = join(root, 'deploy/k8s/base');
const require = createRequire(import.meta.url);

// The objects: kubectl's built-in kustomize where kubectl is installed, else every file the
// kustomization lists (the same objects, without the namespace and labels it adds).
function objects() {
  const kubectl = spawnSync('kubectl', ['kustomize', base], { encoding: 'utf8' });
  const text = kubectl.status === 0 ? kubectl.stdout
    : parse(readFileSync(join(base, 'kustomization.yaml'), 'utf8')).resources.map((f) => readFileSync(join(base, f), 'utf8')).join('\n---\n');
  return { built: kubectl.status === 0, items: parseAllDocuments(text).map((d) => d.toJS()).filter(Boolean) };
}
function validate(object) {
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
  const module = require(`kubernetes-models/${group ? `${group.replace('.k8s.io', '')}/` : ''}${version}`);
  const Model = module[object.kind];
  assert.ok(Model, `no model for ${object.apiVersion} ${object.kind}`);
  new Model(object).validate();
}

test('every object of deploy/k8s is valid for the Kubernetes API', () => {
  const { items } = objects();
  for (const object of items) validate(object);
  const kinds = items.map((o) => o.kind).sort();
  assert.deepEqual(kinds, ['ConfigMap', 'Deployment', 'Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Secret', 'Service', 'Service']);
  // and an invalid one is caught, or the check would prove nothing
  const broken = structuredClone(items.find((o) => o.kind === 'Deployment'));
  broken.spec.replicas = 'two';
  assert.throws(() => validate(broken));
  assert.equal(readdirSync(base).filter((f) => f.endsWith('.yaml')).length, 5);
});

test('the backend runs at least two replicas with probes on /q/health, resources, a budget and an autoscaler', () => {
  const { items, built } = objects();
  const backend = items.find((o) => o.kind === 'Deployment' && o.metadata.name === 'varna-backend');
  assert.ok(backend.spec.replicas >= 2);
  const [container] = backend.spec.template.spec.containers;
  assert.equal(container.readinessProbe.httpGet.path, '/q/health/ready');
  assert.equal(container.livenessProbe.httpGet.path, '/q/health/live');
  assert.ok(container.resources.requests.cpu && container.resources.limits.memory);
  assert.equal(items.find((o) => o.kind === 'PodDisruptionBudget').spec.minAvailable, 1);
  assert.ok(items.find((o) => o.kind === 'HorizontalPodAutoscaler').spec.minReplicas >= 2);
  if (built) assert.ok(items.every((o) => o.metadata.namespace === 'varna'));
});

test('no secret is committed: the Secret holds placeholders only', () => {
  const { items } = objects();
  const secret = items.find((o) => o.kind === 'Secret');
  for (const [name, value] of Object.entries(secret.stringData)) assert.match(value, /^REPLACE-/, name);
  const config = items.find((o) => o.kind === 'ConfigMap');
  assert.ok(!Object.keys(config.data).some((k) => /PASSWORD|SECRET/.test(k)), 'a secret in the ConfigMap');
});
