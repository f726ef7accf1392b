import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemsOf } from '../../../api/api-problem';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import { useProblemText } from '../../../ui/problem-text';
import { ToneTag } from '../../../ui/tone-tag';

const AcceptDocument = graphql(`
  mutation LeaderAcceptRecognisedCertificates($membershipId: ID!, $certificationIds: [ID!]!) {
    acceptRecognisedCertificates(membershipId: $membershipId, certificationIds: $certificationIds) {
      id
      recognisedCertificationIds
      recognisedAt
    }
  }
`);

interface Recognition {
  verifiedBy?: string | null;
  verifiedByProvince: string;
  verifiedAt: string;
}

/**
 * Under a submitted certificate: which other chains have verified it already
 * (never more of those chains than who and when), and the leader's choice to
 * accept it instead of asking for its documents again.
 */
export function CertificateRecognition({ membershipId, certificationId, recognitions, accepted }: { membershipId: string; certificationId: string; recognitions: Recognition[]; accepted: boolean }) {
  const { t } = useTranslation('onboarding');
  const format = useFormat();
  const describe = useProblemText();
  const [state, accept] = useMutation(AcceptDocument);
  const [problem, setProblem] = useState<string | null>(null);
  if (!recognitions.length) return null;
  const onAccept = async () => {
    setProblem(null);
    const res = await accept({ membershipId, certificationIds: [certificationId] });
    if (res.error) setProblem(problemsOf(res.error).map(describe).join(' '));
  };
  return (
    <div className="review-recognition">
      {recognitions.map((r) => (
        <div key={`${r.verifiedBy ?? r.verifiedByProvince}-${r.verifiedAt}`}>
          {t('review.recognition.verified', { who: r.verifiedBy ?? t('review.recognition.unnamed', { province: r.verifiedByProvince }), date: format.date(r.verifiedAt) })}
        </div>
      ))}
      {accepted ? (
        <ToneTag tone="green">{t('review.recognition.accepted')}</ToneTag>
      ) : (
        <Button size="small" onClick={() => void onAccept()} loading={state.fetching}>
          {t('review.recognition.accept')}
        </Button>
      )}
      {problem && <Typography.Text type="danger" role="alert">{problem}</Typography.Text>}
    </div>
  );
}
