import type { Group } from '@aws-sdk/client-iam';
import type { GroupSummary } from '../../../api/groups/group-summaries';

/** A row of the User groups table: the group as ListGroups returns it, plus what is known of it so far. */
export interface GroupRow extends Group {
  GroupName: string;
  summary?: GroupSummary;
}
