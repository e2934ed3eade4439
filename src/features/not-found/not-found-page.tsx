import { useLocation } from 'react-router-dom';
import { NotFoundContent } from '../../components/not-found-content';

export function NotFoundPage() {
  const location = useLocation();
  return (
    <NotFoundContent
      title="Page not found"
      detail={`The console has no page at ${location.pathname}. Check the link, or go back to the IAM dashboard.`}
      backHref="#/home"
      backText="Go to the IAM dashboard"
    />
  );
}

export { NotFoundPage as Component };
