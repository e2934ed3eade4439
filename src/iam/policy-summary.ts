/**
 * A short, honest summary of what a policy document allows ("Read and list in S3"),
 * derived only from its actions. The AWS managed policy catalog carries no AWS
 * descriptions, and the console must never present invented prose as AWS's.
 */

type AccessLevel = 'Full access' | 'Write' | 'Read' | 'List';

const LEVEL_ORDER: AccessLevel[] = ['Full access', 'Write', 'Read', 'List'];

function accessLevelOf(actionName: string): AccessLevel {
  if (actionName === '*') return 'Full access';
  if (/^(List)/.test(actionName)) return 'List';
  if (/^(Get|Describe|Search|Query|Scan|Lookup|BatchGet|View|Head|Read|Select|Check|Validate|Export|Download|Filter)/.test(actionName)) {
    return 'Read';
  }
  if (actionName.endsWith('*') && /^(List|Get|Describe)/.test(actionName)) return 'Read';
  return 'Write';
}

const SERVICE_LABELS: Record<string, string> = {
  s3: 'S3',
  ec2: 'EC2',
  iam: 'IAM',
  lambda: 'Lambda',
  dynamodb: 'DynamoDB',
  cloudwatch: 'CloudWatch',
  logs: 'CloudWatch Logs',
  sns: 'SNS',
  sqs: 'SQS',
  rds: 'RDS',
  kms: 'KMS',
  sts: 'STS',
  cloudformation: 'CloudFormation',
  cloudtrail: 'CloudTrail',
  'aws-portal': 'Billing',
  ce: 'Cost Explorer',
  budgets: 'Budgets',
};

function serviceLabel(prefix: string): string {
  return SERVICE_LABELS[prefix] ?? prefix;
}

function actionsOf(document: unknown): { allows: string[]; denies: boolean } {
  const allows: string[] = [];
  let denies = false;
  const statements = (document as { Statement?: unknown })?.Statement;
  const list = Array.isArray(statements) ? statements : statements ? [statements] : [];
  for (const statement of list as Array<Record<string, unknown>>) {
    if (statement.Effect === 'Deny') {
      denies = true;
      continue;
    }
    const action = statement.Action ?? (statement.NotAction ? '*' : undefined);
    if (typeof action === 'string') allows.push(action);
    else if (Array.isArray(action)) allows.push(...action.filter((a): a is string => typeof a === 'string'));
  }
  return { allows, denies };
}

function joinLevels(levels: AccessLevel[]): string {
  const words = levels.map((level, index) => (index === 0 ? level : level.toLowerCase()));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function summarizePolicyDocument(document: unknown): string {
  const { allows, denies } = actionsOf(document);
  if (allows.some((action) => action === '*')) return 'Full access to all services';
  const byService = new Map<string, Set<AccessLevel>>();
  for (const action of allows) {
    const [prefix, name = '*'] = action.split(':');
    if (!prefix) continue;
    const levels = byService.get(prefix.toLowerCase()) ?? new Set<AccessLevel>();
    levels.add(accessLevelOf(name));
    byService.set(prefix.toLowerCase(), levels);
  }
  if (byService.size === 0) return denies ? 'Denies actions only' : 'No actions allowed';
  const levels = new Set<AccessLevel>();
  byService.forEach((serviceLevels) => serviceLevels.forEach((level) => levels.add(level)));
  const ordered = LEVEL_ORDER.filter((level) => levels.has(level));
  const levelText = ordered.includes('Full access') ? 'Full access' : joinLevels(ordered);
  const services = [...byService.keys()].sort();
  const where =
    services.length <= 3
      ? services.map(serviceLabel).join(', ')
      : `${services.length} services`;
  return `${levelText} ${ordered.includes('Full access') ? 'to' : 'in'} ${where}`;
}
