import type { PolicyType } from '../api/policies/policy-type';

export const ALL_POLICY_TYPES = 'All types';

export const MANAGED_POLICY_TYPES: readonly PolicyType[] = [
  'AWS managed',
  'AWS managed - job function',
  'Customer managed',
];

