import { IAMClient } from '@aws-sdk/client-iam';

/**
 * The console's only IAM client. It talks to the app's own origin (`POST /`), exactly
 * as a console for real IAM talks to iam.amazonaws.com. The sandbox's service worker answers
 * with IAM's Query/XML protocol, or, when the sandbox server serves the console, the server
 * itself does. Signatures are not checked,
 * so the credentials are fixed sandbox values.
 */
export const iamClient = new IAMClient({
  region: 'us-east-1',
  endpoint: typeof location === 'undefined' ? 'http://localhost' : location.origin,
  credentials: { accessKeyId: 'AKIASANDBOXCONSOLE01', secretAccessKey: 'sandbox-secret-not-checked' },
  maxAttempts: 3,
});

export const SANDBOX_ACCOUNT_ID = '123456789012';
