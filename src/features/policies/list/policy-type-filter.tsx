import Select, { type SelectProps } from '@cloudscape-design/components/select';
import type { PolicyType } from '../../../api/policies/policy-type';

export type PolicyTypeFilterValue = PolicyType | 'all';

const OPTIONS: SelectProps.Option[] = [
  { value: 'all', label: 'All types' },
  { value: 'AWS managed', label: 'AWS managed' },
  { value: 'AWS managed - job function', label: 'AWS managed - job function' },
  { value: 'Customer managed', label: 'Customer managed' },
];

interface PolicyTypeFilterProps {
  value: PolicyTypeFilterValue;
  onChange: (value: PolicyTypeFilterValue) => void;
}

/** The console's "Filter by Type" select beside the Search box. */
export function PolicyTypeFilter({ value, onChange }: PolicyTypeFilterProps) {
  return (
    <div style={{ minWidth: '16rem' }}>
      <Select
        inlineLabelText="Filter by Type"
        ariaLabel="Filter by Type"
        options={OPTIONS}
        selectedOption={OPTIONS.find((option) => option.value === value) ?? OPTIONS[0]}
        onChange={(event) => onChange((event.detail.selectedOption.value ?? 'all') as PolicyTypeFilterValue)}
      />
    </div>
  );
}
