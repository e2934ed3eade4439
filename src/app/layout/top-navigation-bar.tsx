import TopNavigation from '@cloudscape-design/components/top-navigation';
import { SANDBOX_ACCOUNT_ID } from '../../api/iam-client';

const accountLabel = SANDBOX_ACCOUNT_ID.replace(/(\d{4})(\d{4})(\d{4})/, '$1-$2-$3');

/** The console's top bar; "Sandbox" is in the title and beside the identity so no one mistakes it for AWS. */
export function TopNavigationBar() {
  return (
    <div id="top-navigation" style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
      <TopNavigation
        identity={{ href: '#/home', title: 'IAM Console Sandbox' }}
        utilities={[
          {
            type: 'button',
            text: 'Sandbox — not connected to AWS',
            iconName: 'status-warning',
            href: '#/sandbox',
            ariaLabel: 'Sandbox: not connected to AWS. Open sandbox settings',
          },
          {
            type: 'menu-dropdown',
            text: `sandbox-admin @ ${accountLabel}`,
            description: `Account ID: ${accountLabel}`,
            iconName: 'user-profile',
            items: [{ id: 'settings', text: 'Sandbox settings', href: '#/sandbox' }],
          },
        ]}
        i18nStrings={{ overflowMenuTriggerText: 'More', overflowMenuTitleText: 'All' }}
      />
    </div>
  );
}
