import AppLayout from '@cloudscape-design/components/app-layout';
import Flashbar from '@cloudscape-design/components/flashbar';
import { Suspense, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import Spinner from '@cloudscape-design/components/spinner';
import { useFlashStore } from '../../stores/flash-store';
import { useLayoutStore } from '../../stores/layout-store';
import { GroupsHelpPanel } from './groups-help-panel';
import { RouteBreadcrumbs } from './route-breadcrumbs';
import { SideNavigationPanel } from './side-navigation-panel';
import { TopNavigationBar } from './top-navigation-bar';

function Notifications() {
  const flashes = useFlashStore((state) => state.flashes);
  const dismiss = useFlashStore((state) => state.dismiss);
  const pageChanged = useFlashStore((state) => state.pageChanged);
  const { pathname } = useLocation();
  useEffect(() => pageChanged(), [pathname, pageChanged]);
  return (
    <Flashbar
      items={flashes.map(({ pagesSeen: _pagesSeen, ...flash }) => ({ ...flash, dismissible: true, dismissLabel: 'Dismiss', onDismiss: () => dismiss(flash.id) }))}
    />
  );
}

export function ConsoleLayout() {
  const layout = useLayoutStore();
  return (
    <>
      <TopNavigationBar />
      <AppLayout
        headerSelector="#top-navigation"
        navigation={<SideNavigationPanel />}
        navigationOpen={layout.navigationOpen}
        onNavigationChange={(event) => layout.setNavigationOpen(event.detail.open)}
        breadcrumbs={<RouteBreadcrumbs />}
        notifications={<Notifications />}
        stickyNotifications
        tools={<GroupsHelpPanel />}
        toolsOpen={layout.toolsOpen}
        onToolsChange={(event) => layout.setToolsOpen(event.detail.open)}
        ariaLabels={{
          navigation: 'Side navigation',
          navigationToggle: 'Open side navigation',
          navigationClose: 'Close side navigation',
          tools: 'Help panel',
          toolsToggle: 'Open help panel',
          toolsClose: 'Close help panel',
          notifications: 'Notifications',
        }}
        content={
          <Suspense fallback={<Spinner size="large" />}>
            <Outlet />
          </Suspense>
        }
      />
    </>
  );
}
