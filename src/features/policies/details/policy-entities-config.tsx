import Link from '@cloudscape-design/components/link';
import type { PolicyEntity } from '../../../api/policies/policy-entities-query';
import type { ResourceColumn } from '../../../components/resource-table';

function entityHref(entity: PolicyEntity): string {
  const section = entity.type === 'Group' ? 'groups' : 'users';
  return `#/${section}/details/${encodeURIComponent(entity.name)}`;
}

export const policyEntityColumns: ResourceColumn<PolicyEntity>[] = [
  {
    id: 'name',
    header: 'Entity name',
    cell: (entity) => <Link href={entityHref(entity)}>{entity.name}</Link>,
    sortingField: 'name',
    isRowHeader: true,
  },
  { id: 'type', header: 'Entity type', cell: (entity) => entity.type, sortingField: 'type' },
];
