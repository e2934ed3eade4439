/**
 * The endpoint's contract with its hosts (worker, msw/node, the server): XML in the
 * right status and content type, hooks called at the right moments, and crashes
 * turned into IAM's ServiceFailure without leaking the request.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noSuchGroup, throttling, type IamEngine } from '../../src/iam';
import { createIamRequestHandler, MUTATING_ACTIONS } from '../../src/mocks/handle-iam-request';

const post = (body: string) =>
  new Request('http://iam.sandbox.test/', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });

/** An engine stub: only the methods a test calls exist. */
const engineWith = (methods: Partial<IamEngine>) => methods as IamEngine;

afterEach(() => vi.restoreAllMocks());

describe('answering a request', () => {
  it('answers 200 text/xml with the request ID in the body and a header', async () => {
    const handle = createIamRequestHandler(() => engineWith({ deleteGroup: () => ({}) }), { requestId: () => 'req-7' });
    const response = await handle(post('Action=DeleteGroup&Version=2010-05-08&GroupName=Developers'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/xml');
    expect(response.headers.get('x-amzn-requestid')).toBe('req-7');
    expect(await response.text()).toContain('<RequestId>req-7</RequestId>');
  });

  it('answers an engine IamError with its status and an ErrorResponse', async () => {
    const handle = createIamRequestHandler(() =>
      engineWith({
        getGroup: () => {
          throw noSuchGroup('Ghosts');
        },
      }),
    );
    const response = await handle(post('Action=GetGroup&Version=2010-05-08&GroupName=Ghosts'));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(
      '<Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The group with name Ghosts cannot be found.</Message></Error>',
    );
  });

  it('turns any other exception into a 500 ServiceFailure and logs no parameters', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handle = createIamRequestHandler(() =>
      engineWith({
        putGroupPolicy: () => {
          throw new TypeError('boom');
        },
      }),
    );
    const response = await handle(
      post('Action=PutGroupPolicy&Version=2010-05-08&GroupName=g&PolicyName=p&PolicyDocument=SECRET-DOCUMENT'),
    );
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('<Type>Receiver</Type><Code>ServiceFailure</Code>');
    expect(log).toHaveBeenCalledOnce();
    expect(JSON.stringify(log.mock.calls)).not.toContain('SECRET-DOCUMENT');
  });
});

describe('hooks', () => {
  it('calls onMutation after a successful mutating action only', async () => {
    const onMutation = vi.fn();
    const engine = engineWith({
      createGroup: () => {
        throw throttling();
      },
      listGroups: () => ({ Groups: [], IsTruncated: false }),
      deleteGroup: () => ({}),
    });
    const handle = createIamRequestHandler(() => engine, { onMutation });
    await handle(post('Action=ListGroups&Version=2010-05-08'));
    await handle(post('Action=CreateGroup&Version=2010-05-08&GroupName=a'));
    await handle(post('Action=DeleteGroup&Version=2010-05-08&GroupName=a'));
    expect(onMutation.mock.calls).toEqual([['DeleteGroup']]);
  });

  it('lets beforeAction refuse a call before the engine sees it', async () => {
    const deleteGroup = vi.fn(() => ({}));
    const handle = createIamRequestHandler(() => engineWith({ deleteGroup }), {
      beforeAction: () => {
        throw throttling();
      },
    });
    const response = await handle(post('Action=DeleteGroup&Version=2010-05-08&GroupName=a'));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<Code>Throttling</Code><Message>Rate exceeded</Message>');
    expect(deleteGroup).not.toHaveBeenCalled();
  });

  it('lists the actions that change state, and none that only read', () => {
    expect(MUTATING_ACTIONS).toContain('AddUserToGroup');
    expect(MUTATING_ACTIONS).toContain('PutGroupPolicy');
    expect(MUTATING_ACTIONS).not.toContain('GetGroup');
    expect(MUTATING_ACTIONS.filter((action) => /^(Get|List)/.test(action))).toEqual([]);
  });
});
