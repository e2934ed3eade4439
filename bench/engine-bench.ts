/**
 * `npm run bench`: the engine and the protocol layer at IAM's account limits — 5,000
 * users, 300 groups with 10 policies each, every AWS managed policy, 500 users in 10
 * groups each — timing each IAM action and the full SDK → handler → SDK round trip.
 * Not part of `npm test`: numbers, not pass/fail (the round-trip target is < 2 ms median).
 */
import { GetGroupCommand, IAMClient } from '@aws-sdk/client-iam';
import { setupServer } from 'msw/node';
import { createIamEngine, emptyState, seededIds, type IamEngine } from '../src/iam';
import { steppingClock } from '../src/iam/clock';
import { createNodeCatalog } from '../src/mocks/catalog/node-catalog';
import { createIamHandlers } from '../src/mocks/handlers';
import { createMockIamRuntime } from '../src/mocks/runtime';
import { directRequestHandler } from '../src/mocks/direct-request-handler';
import { type Row, measure, measureAsync, printTable } from './measure';

const rows: Row[] = [];
const catalog = createNodeCatalog();
const attachable = catalog.policies.filter((policy) => policy.Path !== '/aws-service-role/');
const arnOf = (index: number) => {
  const policy = attachable[index % attachable.length]!;
  return `arn:aws:iam::aws:policy${policy.Path}${policy.PolicyName}`;
};

// 1. Fill the account to its limits, timing every write.
const engine: IamEngine = createIamEngine({
  state: emptyState(),
  catalog,
  now: steppingClock('2026-01-01T00:00:00Z'),
  newId: seededIds('bench'),
});
rows.push(measure('CreateUser (to 5,000)', 5000, (i) => engine.createUser({ UserName: `user-${String(i).padStart(4, '0')}` })));
rows.push(measure('CreateGroup (to 300)', 300, (i) => engine.createGroup({ GroupName: `group-${String(i).padStart(3, '0')}` })));
rows.push(
  measure('AttachGroupPolicy (10 per group)', 3000, (i) =>
    engine.attachGroupPolicy({ GroupName: `group-${String(i % 300).padStart(3, '0')}`, PolicyArn: arnOf(i) }),
  ),
);
rows.push(
  measure('AddUserToGroup (500 users × 10)', 5000, (i) =>
    engine.addUserToGroup({
      UserName: `user-${String(Math.floor(i / 10)).padStart(4, '0')}`,
      GroupName: `group-${String((Math.floor(i / 10) + (i % 10) * 30) % 300).padStart(3, '0')}`,
    }),
  ),
);

// 2. Reads at the limits: pages walk the whole list, wrapping around.
const pager = <T extends { Marker?: string }>(list: (marker?: string) => T) => {
  let marker: string | undefined;
  return () => {
    marker = list(marker).Marker;
  };
};
const nextGroupsPage = pager((Marker) => engine.listGroups({ Marker, MaxItems: 100 }));
const nextPoliciesPage = pager((Marker) => engine.listPolicies({ Marker, MaxItems: 100 }));
const nextUsersPage = pager((Marker) => engine.listUsers({ Marker, MaxItems: 100 }));
rows.push(measure('ListGroups page (100)', 2000, nextGroupsPage));
rows.push(measure('ListPolicies page (100 of ~1,600)', 2000, nextPoliciesPage));
rows.push(measure('ListUsers page (100 of 5,000)', 2000, nextUsersPage));
rows.push(measure('GetGroup (group with members)', 2000, (i) => engine.getGroup({ GroupName: `group-${String(i % 300).padStart(3, '0')}` })));
rows.push(measure('GetAccountSummary', 2000, () => engine.getAccountSummary({})));
rows.push(measure('JSON.stringify(state) (persistence)', 20, () => JSON.stringify(engine.state)));

// 3. The protocol round trip: the real SDK client, the handler, XML both ways.
const runtime = createMockIamRuntime({ state: engine.state, catalog });
const client = (requestHandler?: ReturnType<typeof directRequestHandler>) =>
  new IAMClient({
    region: 'us-east-1',
    endpoint: 'http://iam.sandbox.test',
    credentials: { accessKeyId: 'AKIASANDBOX', secretAccessKey: 'sandbox' },
    requestHandler,
  });
const getGroup = (iam: IAMClient) => (i: number) =>
  iam.send(new GetGroupCommand({ GroupName: `group-${String(i % 300).padStart(3, '0')}` }));

const direct = client(directRequestHandler(runtime.handle));
rows.push(await measureAsync('SDK → handler → SDK: GetGroup', 2000, getGroup(direct), 200));

const server = setupServer(...createIamHandlers(runtime.handle, 'http://iam.sandbox.test/'));
server.listen({ onUnhandledRequest: 'error' });
rows.push(await measureAsync('SDK → msw/node → handler → SDK: GetGroup', 2000, getGroup(client()), 200));
server.close();

const stateBytes = Buffer.byteLength(JSON.stringify(engine.state));
printTable(rows, [
  `state: ${Object.keys(engine.state.users).length} users, ${Object.keys(engine.state.groups).length} groups, ` +
    `${catalog.policies.length} AWS managed policies; saved JSON ${(stateBytes / 1024 / 1024).toFixed(1)} MB`,
  `node ${process.version}, ${process.platform}/${process.arch}`,
]);
