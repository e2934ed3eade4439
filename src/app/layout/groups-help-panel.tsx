import HelpPanel from '@cloudscape-design/components/help-panel';

/** What the guide teaches about groups, beside every page (the console's "Info" panel). */
export function GroupsHelpPanel() {
  return (
    <HelpPanel header={<h2>User groups</h2>}>
      <p>
        A user group is a collection of IAM users. Attach policies to the group once, and every user in it gets those
        permissions, on top of any policies attached directly to the user.
      </p>
      <h3>Key facts</h3>
      <ul>
        <li>A group has no credentials. You cannot sign in as a group; only users have passwords and access keys.</li>
        <li>A user can be a member of up to 10 groups. Their effective permissions are the union of all attached policies.</li>
        <li>Groups cannot be nested: a group cannot contain another group, and a role cannot be a member of a group.</li>
        <li>A group is not a principal: you cannot name it in a resource policy or a trust policy.</li>
      </ul>
      <h3>Groups or roles?</h3>
      <p>
        Groups are for people. Applications, AWS services, EC2 instances, Lambda functions and temporary or
        cross-account access use IAM roles instead.
      </p>
      <h3>Best practices</h3>
      <ul>
        <li>Manage permissions through groups rather than policies on individual users.</li>
        <li>Name groups by job function, such as Developers, Billing or ReadOnly.</li>
        <li>Grant least privilege, and review membership and attached policies regularly.</li>
      </ul>
    </HelpPanel>
  );
}
