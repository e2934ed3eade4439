import type { Policy } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { policyListQuery } from '../../../api/policies/policy-queries';
import { awsPolicySummariesQuery } from '../../../api/policies/policy-summaries';
import { isServiceRolePolicy, policyTypeOf } from '../../../api/policies/policy-type';
import { ResourceTable, type ResourceColumn } from '../../../components/resource-table';
import { PolicyTypeFilter } from '../../../components/policy-type-filter';
import { ALL_POLICY_TYPES } from '../../../components/policy-type-filter-options';
import { policyDetailsHref } from './links';


interface PolicyPickerTableProps {
  title: string;
  selected: Policy[];
  onChange: (policies: Policy[]) => void;
  /** how many may be selected in total */
  max: number;
  /** ARNs already attached, so not offered again */
  exclude?: ReadonlySet<string>;
  description?: string;
}

/** Attachable managed policies (no service-role policies: IAM refuses them for users). */
export function PolicyPickerTable({ title, selected, onChange, max, exclude, description }: PolicyPickerTableProps) {
  const policies = useQuery(policyListQuery());
  const summaries = useQuery(awsPolicySummariesQuery());
  const [type, setType] = useState(ALL_POLICY_TYPES);
  const items = useMemo(
    () => (policies.data ?? []).filter((p) => !isServiceRolePolicy(p.Arn) && !exclude?.has(p.Arn!)),
    [policies.data, exclude],
  );
  const columns = useMemo<ResourceColumn<Policy>[]>(
    () => [
      {
        id: 'name',
        header: 'Policy name',
        cell: (p) => <Link href={policyDetailsHref(p.Arn!)}>{p.PolicyName}</Link>,
        sortingField: 'PolicyName',
        isRowHeader: true,
      },
      { id: 'type', header: 'Type', cell: (p) => policyTypeOf(p.Arn) },
      { id: 'attached', header: 'Attached entities', cell: (p) => p.AttachmentCount ?? 0, sortingField: 'AttachmentCount' },
      {
        id: 'description',
        header: 'Description',
        cell: (p) => p.Description || summaries.data?.get(p.Arn!) || '-',
      },
    ],
    [summaries.data],
  );
  const full = selected.length >= max;
  return (
    <ResourceTable<Policy>
      tableId="user-policy-picker"
      ariaLabel={title}
      items={items}
      loading={policies.isPending}
      loadingText="Loading policies"
      columns={columns}
      trackBy="Arn"
      filteringFields={['PolicyName']}
      extraFilter={type === ALL_POLICY_TYPES ? undefined : (p) => policyTypeOf(p.Arn) === type}
      filterExtras={<PolicyTypeFilter value={type} onChange={setType} />}
      selectionType="multi"
      selectedItems={selected}
      onSelectionChange={(next) => onChange(next.slice(0, max))}
      isItemDisabled={(p) => full && !selected.some((s) => s.Arn === p.Arn)}
      defaultPageSize={10}
      header={
        <Header variant="h2" counter={`(${selected.length}/${items.length})`} description={description}>
          {title}
        </Header>
      }
      noMatchText="No policies match the search."
      empty={<Box textAlign="center" color="inherit">No policies to attach.</Box>}
    />
  );
}
