import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ResourceColumn } from '../../../components/resource-table';
import { PolicyDocumentView } from './policy-document-view';
import type { PolicyRow } from './policy-row';

/** Document rows show the JSON in the first column and nothing elsewhere. */
const policyCell = (render: (row: PolicyRow) => React.ReactNode) => (row: PolicyRow) => (row.documentOf ? null : render(row));

export const attachPoliciesColumns: ResourceColumn<PolicyRow>[] = [
  {
    id: 'name',
    header: 'Policy name',
    sortingField: 'PolicyName',
    isRowHeader: true,
    minWidth: 280,
    cell: (row) =>
      row.documentOf ? <PolicyDocumentView arn={row.Arn} versionId={row.DefaultVersionId} name={row.PolicyName} /> : row.PolicyName,
  },
  { id: 'type', header: 'Type', sortingField: 'type', cell: policyCell((row) => row.type) },
  {
    id: 'usedAs',
    header: 'Used as',
    sortingField: 'attachmentCount',
    cell: policyCell((row) =>
      row.attachmentCount > 0 ? `Permissions policy (${row.attachmentCount})` : <Box color="text-status-inactive">-</Box>,
    ),
  },
  {
    id: 'description',
    header: 'Description',
    cell: policyCell((row) =>
      row.description === undefined ? <StatusIndicator type="loading">Loading</StatusIndicator> : row.description || '-',
    ),
  },
];
