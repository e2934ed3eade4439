/** The engine over the generated catalog of all AWS managed policies, with documents read from their chunk files. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePolicyArn } from './arn';
import { documentChunkOf, type DocumentChunk } from './catalog-chunks';
import { expectIamError, testEngine } from './engine-test-kit';
import { ID_PATTERN } from './ids';
import type { AwsManagedPolicyMeta, ManagedPolicy, PolicyCatalog } from './types';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const metas = JSON.parse(readFileSync(join(root, 'src/generated/aws-managed-policies.json'), 'utf8')) as AwsManagedPolicyMeta[];

const realCatalog: PolicyCatalog = {
  policies: metas,
  loadDocument: async (arn) => {
    const name = parsePolicyArn(arn)!.name;
    const file = join(root, `public/catalog/documents/${documentChunkOf(name)}.json`);
    const chunk = JSON.parse(readFileSync(file, 'utf8')) as DocumentChunk;
    return chunk[name]!;
  },
};

function allAwsPolicies(): ManagedPolicy[] {
  const engine = testEngine({ catalog: realCatalog });
  const policies: ManagedPolicy[] = [];
  let marker: string | undefined;
  do {
    const page = engine.listPolicies({ Scope: 'AWS', MaxItems: 1000, Marker: marker });
    policies.push(...page.Policies);
    marker = page.Marker;
  } while (marker);
  return policies;
}

describe('the real AWS managed policy catalog', () => {
  it('lists every policy once, by name ignoring case, with distinct stable IDs', () => {
    const policies = allAwsPolicies();
    expect(policies).toHaveLength(metas.length);
    expect(metas.length).toBeGreaterThan(1500);
    const names = policies.map((p) => p.PolicyName.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(new Set(policies.map((p) => p.PolicyId)).size).toBe(policies.length);
    expect(policies.every((p) => ID_PATTERN.test(p.PolicyId) && p.PolicyId.startsWith('ANPA'))).toBe(true);
    expect(allAwsPolicies().map((p) => p.PolicyId)).toEqual(policies.map((p) => p.PolicyId));
  });

  it('serves a default version document and the job-function policies', async () => {
    const engine = testEngine({ catalog: realCatalog });
    const admin = engine.getPolicy({ PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }).Policy;
    const { PolicyVersion } = await engine.getPolicyVersion({ PolicyArn: admin.Arn, VersionId: admin.DefaultVersionId });
    expect(JSON.parse(PolicyVersion.Document)).toMatchObject({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    const jobFunctions = engine.listPolicies({ PathPrefix: '/job-function/' }).Policies;
    expect(jobFunctions.map((p) => p.PolicyName)).toContain('ViewOnlyAccess');
    expect(jobFunctions.every((p) => p.Path === '/job-function/')).toBe(true);
  });

  it('refuses its service-linked role policies for groups', () => {
    const engine = testEngine({ catalog: realCatalog });
    engine.createGroup({ GroupName: 'Devs' });
    const serviceRole = metas.find((m) => m.Path === '/aws-service-role/')!;
    expectIamError(
      () => engine.attachGroupPolicy({ GroupName: 'Devs', PolicyArn: `arn:aws:iam::aws:policy/aws-service-role/${serviceRole.PolicyName}` }),
      'PolicyNotAttachable',
      400,
      'Cannot attach a Service Role Policy to a Group.',
    );
  });
});
