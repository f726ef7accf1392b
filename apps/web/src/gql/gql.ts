/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      expiresAt\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation QualificationUpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) {\n      ...QualificationEnterpriseFields\n    }\n  }\n": typeof types.QualificationUpdateEnterpriseDocument,
    "\n  mutation QualificationSubmit($input: SubmitQualificationInput!) {\n    submitQualification(input: $input) {\n      id\n      decision\n      submittedAt\n    }\n  }\n": typeof types.QualificationSubmitDocument,
    "\n  fragment QualificationEnterpriseFields on Enterprise {\n    id\n    name\n    uscc\n    regionCode\n    regionName\n    region {\n      code\n      name\n    }\n    sizeClass\n    sizeClassDeclared\n    sizeClassComputed\n    industryCode\n    employees\n    revenue10kCny\n    totalAssets10kCny\n    certifications {\n      id\n      scheme\n      schemeName\n      number\n      certificationBody\n      expiresOn\n      status\n    }\n    maturity {\n      id\n      level\n      score\n      submittedAt\n    }\n  }\n": typeof types.QualificationEnterpriseFieldsFragmentDoc,
    "\n  query SupplierQualification($enterpriseId: ID!) {\n    enterprise(id: $enterpriseId) {\n      ...QualificationEnterpriseFields\n    }\n    myMemberships {\n      id\n      status\n      statusReason\n      tier\n      createdAt\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n        }\n      }\n      history {\n        at\n        fromStatus\n        toStatus\n        reason\n      }\n      latestQualification {\n        id\n        decision\n        decisionReasons\n        decidedAt\n        submittedAt\n        note\n        certificationIds\n        maturityAssessmentId\n      }\n    }\n  }\n": typeof types.SupplierQualificationDocument,
    "\n  mutation SupplierStandardAcknowledge($id: ID!) {\n    acknowledgeStandard(acknowledgementId: $id) {\n      ...SupplierStandardFields\n    }\n  }\n": typeof types.SupplierStandardAcknowledgeDocument,
    "\n  mutation SupplierStandardAdopt($id: ID!, $note: String) {\n    adoptStandard(acknowledgementId: $id, note: $note) {\n      ...SupplierStandardFields\n    }\n  }\n": typeof types.SupplierStandardAdoptDocument,
    "\n  mutation SupplierStandardDeviation($id: ID!, $reason: String!) {\n    requestStandardDeviation(acknowledgementId: $id, reason: $reason) {\n      ...SupplierStandardFields\n    }\n  }\n": typeof types.SupplierStandardDeviationDocument,
    "\n  fragment SupplierStandardFields on StandardAcknowledgement {\n    id\n    status\n    dueOn\n    overdue\n    deviationReason\n    decisionComment\n    updatedAt\n    standard {\n      id\n      number\n      title\n      kind\n      owner {\n        id\n        name\n      }\n    }\n    revision {\n      id\n      version\n      effectiveOn\n      changeSummary\n      document {\n        id\n        fileName\n        contentType\n        sizeBytes\n        downloadPath\n      }\n    }\n    history {\n      at\n      fromStatus\n      toStatus\n      note\n      actorName\n    }\n  }\n": typeof types.SupplierStandardFieldsFragmentDoc,
    "\n  query SupplierStandards {\n    myStandardAcknowledgements {\n      ...SupplierStandardFields\n    }\n  }\n": typeof types.SupplierStandardsDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      roles\n      organisation {\n        id\n        kind\n        name\n        uscc\n      }\n    }\n    myMemberships {\n      id\n      status\n    }\n    industryChains(first: 100) {\n      edges {\n        node {\n          id\n          name\n          leaderEnterpriseId\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query Notifications {\n    unread: notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n    notifications(first: 15) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      expiresAt\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation QualificationUpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) {\n      ...QualificationEnterpriseFields\n    }\n  }\n": types.QualificationUpdateEnterpriseDocument,
    "\n  mutation QualificationSubmit($input: SubmitQualificationInput!) {\n    submitQualification(input: $input) {\n      id\n      decision\n      submittedAt\n    }\n  }\n": types.QualificationSubmitDocument,
    "\n  fragment QualificationEnterpriseFields on Enterprise {\n    id\n    name\n    uscc\n    regionCode\n    regionName\n    region {\n      code\n      name\n    }\n    sizeClass\n    sizeClassDeclared\n    sizeClassComputed\n    industryCode\n    employees\n    revenue10kCny\n    totalAssets10kCny\n    certifications {\n      id\n      scheme\n      schemeName\n      number\n      certificationBody\n      expiresOn\n      status\n    }\n    maturity {\n      id\n      level\n      score\n      submittedAt\n    }\n  }\n": types.QualificationEnterpriseFieldsFragmentDoc,
    "\n  query SupplierQualification($enterpriseId: ID!) {\n    enterprise(id: $enterpriseId) {\n      ...QualificationEnterpriseFields\n    }\n    myMemberships {\n      id\n      status\n      statusReason\n      tier\n      createdAt\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n        }\n      }\n      history {\n        at\n        fromStatus\n        toStatus\n        reason\n      }\n      latestQualification {\n        id\n        decision\n        decisionReasons\n        decidedAt\n        submittedAt\n        note\n        certificationIds\n        maturityAssessmentId\n      }\n    }\n  }\n": types.SupplierQualificationDocument,
    "\n  mutation SupplierStandardAcknowledge($id: ID!) {\n    acknowledgeStandard(acknowledgementId: $id) {\n      ...SupplierStandardFields\n    }\n  }\n": types.SupplierStandardAcknowledgeDocument,
    "\n  mutation SupplierStandardAdopt($id: ID!, $note: String) {\n    adoptStandard(acknowledgementId: $id, note: $note) {\n      ...SupplierStandardFields\n    }\n  }\n": types.SupplierStandardAdoptDocument,
    "\n  mutation SupplierStandardDeviation($id: ID!, $reason: String!) {\n    requestStandardDeviation(acknowledgementId: $id, reason: $reason) {\n      ...SupplierStandardFields\n    }\n  }\n": types.SupplierStandardDeviationDocument,
    "\n  fragment SupplierStandardFields on StandardAcknowledgement {\n    id\n    status\n    dueOn\n    overdue\n    deviationReason\n    decisionComment\n    updatedAt\n    standard {\n      id\n      number\n      title\n      kind\n      owner {\n        id\n        name\n      }\n    }\n    revision {\n      id\n      version\n      effectiveOn\n      changeSummary\n      document {\n        id\n        fileName\n        contentType\n        sizeBytes\n        downloadPath\n      }\n    }\n    history {\n      at\n      fromStatus\n      toStatus\n      note\n      actorName\n    }\n  }\n": types.SupplierStandardFieldsFragmentDoc,
    "\n  query SupplierStandards {\n    myStandardAcknowledgements {\n      ...SupplierStandardFields\n    }\n  }\n": types.SupplierStandardsDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      roles\n      organisation {\n        id\n        kind\n        name\n        uscc\n      }\n    }\n    myMemberships {\n      id\n      status\n    }\n    industryChains(first: 100) {\n      edges {\n        node {\n          id\n          name\n          leaderEnterpriseId\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query Notifications {\n    unread: notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n    notifications(first: 15) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QualificationUpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) {\n      ...QualificationEnterpriseFields\n    }\n  }\n"): (typeof documents)["\n  mutation QualificationUpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) {\n      ...QualificationEnterpriseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QualificationSubmit($input: SubmitQualificationInput!) {\n    submitQualification(input: $input) {\n      id\n      decision\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation QualificationSubmit($input: SubmitQualificationInput!) {\n    submitQualification(input: $input) {\n      id\n      decision\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QualificationEnterpriseFields on Enterprise {\n    id\n    name\n    uscc\n    regionCode\n    regionName\n    region {\n      code\n      name\n    }\n    sizeClass\n    sizeClassDeclared\n    sizeClassComputed\n    industryCode\n    employees\n    revenue10kCny\n    totalAssets10kCny\n    certifications {\n      id\n      scheme\n      schemeName\n      number\n      certificationBody\n      expiresOn\n      status\n    }\n    maturity {\n      id\n      level\n      score\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  fragment QualificationEnterpriseFields on Enterprise {\n    id\n    name\n    uscc\n    regionCode\n    regionName\n    region {\n      code\n      name\n    }\n    sizeClass\n    sizeClassDeclared\n    sizeClassComputed\n    industryCode\n    employees\n    revenue10kCny\n    totalAssets10kCny\n    certifications {\n      id\n      scheme\n      schemeName\n      number\n      certificationBody\n      expiresOn\n      status\n    }\n    maturity {\n      id\n      level\n      score\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierQualification($enterpriseId: ID!) {\n    enterprise(id: $enterpriseId) {\n      ...QualificationEnterpriseFields\n    }\n    myMemberships {\n      id\n      status\n      statusReason\n      tier\n      createdAt\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n        }\n      }\n      history {\n        at\n        fromStatus\n        toStatus\n        reason\n      }\n      latestQualification {\n        id\n        decision\n        decisionReasons\n        decidedAt\n        submittedAt\n        note\n        certificationIds\n        maturityAssessmentId\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierQualification($enterpriseId: ID!) {\n    enterprise(id: $enterpriseId) {\n      ...QualificationEnterpriseFields\n    }\n    myMemberships {\n      id\n      status\n      statusReason\n      tier\n      createdAt\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n        }\n      }\n      history {\n        at\n        fromStatus\n        toStatus\n        reason\n      }\n      latestQualification {\n        id\n        decision\n        decisionReasons\n        decidedAt\n        submittedAt\n        note\n        certificationIds\n        maturityAssessmentId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplierStandardAcknowledge($id: ID!) {\n    acknowledgeStandard(acknowledgementId: $id) {\n      ...SupplierStandardFields\n    }\n  }\n"): (typeof documents)["\n  mutation SupplierStandardAcknowledge($id: ID!) {\n    acknowledgeStandard(acknowledgementId: $id) {\n      ...SupplierStandardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplierStandardAdopt($id: ID!, $note: String) {\n    adoptStandard(acknowledgementId: $id, note: $note) {\n      ...SupplierStandardFields\n    }\n  }\n"): (typeof documents)["\n  mutation SupplierStandardAdopt($id: ID!, $note: String) {\n    adoptStandard(acknowledgementId: $id, note: $note) {\n      ...SupplierStandardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplierStandardDeviation($id: ID!, $reason: String!) {\n    requestStandardDeviation(acknowledgementId: $id, reason: $reason) {\n      ...SupplierStandardFields\n    }\n  }\n"): (typeof documents)["\n  mutation SupplierStandardDeviation($id: ID!, $reason: String!) {\n    requestStandardDeviation(acknowledgementId: $id, reason: $reason) {\n      ...SupplierStandardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplierStandardFields on StandardAcknowledgement {\n    id\n    status\n    dueOn\n    overdue\n    deviationReason\n    decisionComment\n    updatedAt\n    standard {\n      id\n      number\n      title\n      kind\n      owner {\n        id\n        name\n      }\n    }\n    revision {\n      id\n      version\n      effectiveOn\n      changeSummary\n      document {\n        id\n        fileName\n        contentType\n        sizeBytes\n        downloadPath\n      }\n    }\n    history {\n      at\n      fromStatus\n      toStatus\n      note\n      actorName\n    }\n  }\n"): (typeof documents)["\n  fragment SupplierStandardFields on StandardAcknowledgement {\n    id\n    status\n    dueOn\n    overdue\n    deviationReason\n    decisionComment\n    updatedAt\n    standard {\n      id\n      number\n      title\n      kind\n      owner {\n        id\n        name\n      }\n    }\n    revision {\n      id\n      version\n      effectiveOn\n      changeSummary\n      document {\n        id\n        fileName\n        contentType\n        sizeBytes\n        downloadPath\n      }\n    }\n    history {\n      at\n      fromStatus\n      toStatus\n      note\n      actorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierStandards {\n    myStandardAcknowledgements {\n      ...SupplierStandardFields\n    }\n  }\n"): (typeof documents)["\n  query SupplierStandards {\n    myStandardAcknowledgements {\n      ...SupplierStandardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      roles\n      organisation {\n        id\n        kind\n        name\n        uscc\n      }\n    }\n    myMemberships {\n      id\n      status\n    }\n    industryChains(first: 100) {\n      edges {\n        node {\n          id\n          name\n          leaderEnterpriseId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      roles\n      organisation {\n        id\n        kind\n        name\n        uscc\n      }\n    }\n    myMemberships {\n      id\n      status\n    }\n    industryChains(first: 100) {\n      edges {\n        node {\n          id\n          name\n          leaderEnterpriseId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    unread: notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n    notifications(first: 15) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    unread: notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n    notifications(first: 15) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;