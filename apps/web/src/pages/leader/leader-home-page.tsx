import { useTranslation } from 'react-i18next';
import { PageEmpty } from '../../ui/page-states';

export function LeaderHomePage() {
  const { t } = useTranslation();
  return <PageEmpty title={t('states.comingSoon')} />;
}
