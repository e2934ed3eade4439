import Header from '@cloudscape-design/components/header';
import { GroupPolicyPicker } from '../shared/group-policy-picker';
import { POLICIES_PER_GROUP, type PolicyRow } from '../shared/policy-row';

interface OtherPoliciesTableProps {
  /** ARNs of the managed policies the group already has */
  attachedArns: ReadonlySet<string>;
  selected: PolicyRow[];
  onChange: (rows: PolicyRow[]) => void;
}

/** "Other permissions policies (N)": attachable managed policies the group does not have, each expandable to its JSON. */
export function OtherPoliciesTable({ attachedArns, selected, onChange }: OtherPoliciesTableProps) {
  return (
    <GroupPolicyPicker
      tableId="group-attach-policies"
      ariaLabel="Other permissions policies"
      excludedArns={attachedArns}
      room={Math.max(0, POLICIES_PER_GROUP - attachedArns.size)}
      selected={selected}
      onChange={onChange}
      emptyText="There are no other policies to attach."
      header={({ total, loading }) => (
        <Header
          variant="h2"
          counter={loading ? undefined : selected.length ? `(${selected.length}/${total})` : `(${total})`}
          description={`You can attach up to ${POLICIES_PER_GROUP} managed policies. This group has ${attachedArns.size} attached.`}
        >
          Other permissions policies
        </Header>
      )}
    />
  );
}
