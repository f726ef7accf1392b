import { Alert, Button, Form, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/api-problem';
import { useFormat } from '../../format/format';
import { graphql } from '../../gql';
import type { InvitationLinkPreviewQuery } from '../../gql/graphql';
import { startSession } from '../../session/session';
import { useSessionState } from '../../session/session-gate';
import { showFormProblems } from '../../ui/form-problems';
import { PageLoading } from '../../ui/page-states';
import { useProblemText } from '../../ui/problem-text';
import { PublicFrame } from '../account/public-frame';
import { RegistrationForm, registrationFieldOf, type RegistrationValues } from './registration-form';
import './invitation.css';

const InvitationLinkPreviewDocument = graphql(`
  query InvitationLinkPreview($token: String!) {
    invitationPreview(token: $token) {
      chainName
      leaderName
      email
      expiresAt
      emailHasAccount
    }
  }
`);

const InvitationAcceptDocument = graphql(`
  mutation InvitationAccept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accessToken
      expiresAt
      pendingClaimId
      membership {
        id
        status
      }
    }
  }
`);

/** Reasons this page explains itself (the link's state, a code that is not the invited one, an enterprise that already has an admin). */
const OWN_REASONS = new Set(['INVITATION_INVALID', 'INVITATION_USED', 'INVITATION_EXPIRED', 'USCC_NOT_INVITED', 'ENTERPRISE_ALREADY_ON_PLATFORM']);

function useInvitationProblemText(): (p: ApiProblem) => string {
  const { t } = useTranslation('invitation');
  const describe = useProblemText();
  return (p) => (p.reason && OWN_REASONS.has(p.reason) ? t(`reason.${p.reason}`) : describe(p));
}

/**
 * Opened from the e-mailed invitation link (`/invitation?token=…`): says who
 * invites whom to which chain, then lets a new supplier register its
 * enterprise and first user, or a signed-in enterprise admin accept.
 */
export function InvitationPage() {
  const { t } = useTranslation('invitation');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = params.get('token') ?? '';
  const [preview, retry] = useQuery({ query: InvitationLinkPreviewDocument, variables: { token }, pause: !token, requestPolicy: 'network-only' });
  const describe = useInvitationProblemText();

  let content;
  if (!token) content = <Alert type="warning" showIcon title={t('reason.INVITATION_INVALID')} role="alert" />;
  else if (preview.error && !preview.data) {
    const problems = problemsOf(preview.error);
    const linkProblem = problems.some((p) => p.field === 'token');
    content = (
      <Result
        status={linkProblem ? 'error' : 'warning'}
        title={linkProblem ? t('broken.title') : t('errorTitle')}
        subTitle={<span role="alert" className="invitation-problem">{problems.map(describe).join(' ')}</span>}
        extra={
          linkProblem ? (
            <Button type="primary" onClick={() => void navigate('/sign-in')}>
              {t('broken.signIn')}
            </Button>
          ) : (
            <Button onClick={() => retry({ requestPolicy: 'network-only' })}>{t('retry')}</Button>
          )
        }
      />
    );
  } else if (!preview.data) content = <PageLoading rows={6} />;
  else content = <Invitation invitation={preview.data.invitationPreview} token={token} />;

  return <PublicFrame title={t('pageTitle')}>{content}</PublicFrame>;
}

function Invitation({ invitation, token }: { invitation: InvitationLinkPreviewQuery['invitationPreview']; token: string }) {
  const { t } = useTranslation('invitation');
  const format = useFormat();
  const session = useSessionState();
  const navigate = useNavigate();
  const describe = useInvitationProblemText();
  const [form] = Form.useForm<RegistrationValues>();
  const [state, accept] = useMutation(InvitationAcceptDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [claimed, setClaimed] = useState(false);
  const here = `/invitation?token=${encodeURIComponent(token)}`;

  const finish = (result: Awaited<ReturnType<typeof accept>>) => {
    const accepted = result.data?.acceptInvitation;
    if (accepted?.accessToken && accepted.expiresAt) {
      startSession({ accessToken: accepted.accessToken, expiresAt: accepted.expiresAt as string });
      return navigate('/', { replace: true });
    }
    if (accepted?.pendingClaimId) return setClaimed(true);
    if (accepted) return navigate('/', { replace: true });
    const rest = showFormProblems(form, result.error, describe, registrationFieldOf);
    setProblem(rest.length ? rest.map(describe).join(' ') : null);
  };

  const register = async ({ uscc, name, industryCode, regionCode, sizeClassDeclared, employees, revenue10kCny, totalAssets10kCny, displayName, newPassword }: RegistrationValues) => {
    setProblem(null);
    const enterprise = { uscc, name: name.trim(), industryCode, regionCode, sizeClassDeclared, employees, revenue10kCny, totalAssets10kCny };
    finish(await accept({ input: { token, enterprise, account: { displayName: displayName.trim(), password: newPassword } } }));
  };
  const acceptSignedIn = async () => {
    setProblem(null);
    finish(await accept({ input: { token } }));
  };

  if (claimed) return <Result status="info" title={t('claimed.title')} subTitle={t('claimed.hint')} />;
  return (
    <>
      <div className="invitation-summary">
        <p className="invitation-lead">{t('summary.lead', { leader: invitation.leaderName, chain: invitation.chainName })}</p>
        <dl className="invitation-facts">
          <dt>{t('summary.email')}</dt>
          <dd>{invitation.email}</dd>
          <dt>{t('summary.expires')}</dt>
          <dd>{format.dateTime(invitation.expiresAt as string)}</dd>
        </dl>
      </div>
      {session === 'checking' && <PageLoading rows={3} />}
      {session === 'in' && (
        <>
          <p>{t('signedIn.hint')}</p>
          {problem && <Alert type="error" showIcon title={problem} className="form-alert" role="alert" />}
          <Button type="primary" block size="large" loading={state.fetching} onClick={() => void acceptSignedIn()}>
            {t('signedIn.accept')}
          </Button>
        </>
      )}
      {session === 'out' && invitation.emailHasAccount && (
        <>
          <p>{t('hasAccount.hint', { email: invitation.email })}</p>
          <Button type="primary" block size="large" onClick={() => void navigate(`/sign-in?next=${encodeURIComponent(here)}`)}>
            {t('hasAccount.signIn')}
          </Button>
        </>
      )}
      {session === 'out' && !invitation.emailHasAccount && (
        <>
          <p className="invitation-intro">{t('register.intro')}</p>
          <RegistrationForm email={invitation.email} busy={state.fetching} problem={problem} form={form} onSubmit={(v) => void register(v)} />
          <p className="public-links">
            <Link to={`/sign-in?next=${encodeURIComponent(here)}`}>{t('register.haveAccount')}</Link>
          </p>
        </>
      )}
    </>
  );
}
