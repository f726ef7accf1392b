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
    "\n  query InvitationLinkPreview($token: String!) {\n    invitationPreview(token: $token) {\n      chainName\n      leaderName\n      email\n      expiresAt\n      emailHasAccount\n    }\n  }\n": typeof types.InvitationLinkPreviewDocument,
    "\n  mutation InvitationAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      pendingClaimId\n      membership {\n        id\n        status\n      }\n    }\n  }\n": typeof types.InvitationAcceptDocument,
    "\n  query SupplierTodo($enterpriseId: ID!) {\n    correctiveActions(first: 50, filter: { status: OPEN }) {\n      edges {\n        node {\n          id\n          chainId\n          issue {\n            id\n            title\n          }\n          steps {\n            id\n            step\n            status\n            dueAt\n            reviewComment\n          }\n        }\n      }\n    }\n    myStandardAcknowledgements(status: PENDING) {\n      id\n      dueOn\n      standard {\n        id\n        number\n        title\n        owner {\n          id\n          name\n        }\n      }\n      revision {\n        id\n        version\n      }\n    }\n    myMemberships {\n      id\n      status\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n        }\n      }\n      latestQualification {\n        id\n        decision\n        decisionReasons\n      }\n      invitation {\n        email\n        expiresAt\n        acceptedAt\n      }\n    }\n    enterprise(id: $enterpriseId) {\n      id\n      certifications {\n        id\n        scheme\n        schemeName\n        number\n        certificationBody\n        expiresOn\n        status\n      }\n    }\n  }\n": typeof types.SupplierTodoDocument,
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
    "\n  query InvitationLinkPreview($token: String!) {\n    invitationPreview(token: $token) {\n      chainName\n      leaderName\n      email\n      expiresAt\n      emailHasAccount\n    }\n  }\n": types.InvitationLinkPreviewDocument,
    "\n  mutation InvitationAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      pendingClaimId\n      membership {\n        id\n        status\n      }\n    }\n  }\n": types.InvitationAcceptDocument,
    "\n  query SupplierTodo($enterpriseId: ID!) {\n    correctiveActions(first: 50, filter: { status: OPEN }) {\n      edges {\n        node {\n          id\n          chainId\n          issue {\n            id\n            title\n          }\n          steps {\n            id\n            step\n            status\n            dueAt\n            reviewComment\n          }\n        }\n      }\n    }\n    myStandardAcknowledgements(status: PENDING) {\n      id\n      dueOn\n      standard {\n        id\n        number\n        title\n        owner {\n          id\n          name\n        }\n      }\n      revision {\n        id\n        version\n      }\n    }\n    myMemberships {\n      id\n      status\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n        }\n      }\n      latestQualification {\n        id\n        decision\n        decisionReasons\n      }\n      invitation {\n        email\n        expiresAt\n        acceptedAt\n      }\n    }\n    enterprise(id: $enterpriseId) {\n      id\n      certifications {\n        id\n        scheme\n        schemeName\n        number\n        certificationBody\n        expiresOn\n        status\n      }\n    }\n  }\n": types.SupplierTodoDocument,
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
export function graphql(source: "\n  query InvitationLinkPreview($token: String!) {\n    invitationPreview(token: $token) {\n      chainName\n      leaderName\n      email\n      expiresAt\n      emailHasAccount\n    }\n  }\n"): (typeof documents)["\n  query InvitationLinkPreview($token: String!) {\n    invitationPreview(token: $token) {\n      chainName\n      leaderName\n      email\n      expiresAt\n      emailHasAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      pendingClaimId\n      membership {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationAccept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      pendingClaimId\n      membership {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierTodo($enterpriseId: ID!) {\n    correctiveActions(first: 50, filter: { status: OPEN }) {\n      edges {\n        node {\n          id\n          chainId\n          issue {\n            id\n            title\n          }\n          steps {\n            id\n            step\n            status\n            dueAt\n            reviewComment\n          }\n        }\n      }\n    }\n    myStandardAcknowledgements(status: PENDING) {\n      id\n      dueOn\n      standard {\n        id\n        number\n        title\n        owner {\n          id\n          name\n        }\n      }\n      revision {\n        id\n        version\n      }\n    }\n    myMemberships {\n      id\n      status\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n        }\n      }\n      latestQualification {\n        id\n        decision\n        decisionReasons\n      }\n      invitation {\n        email\n        expiresAt\n        acceptedAt\n      }\n    }\n    enterprise(id: $enterpriseId) {\n      id\n      certifications {\n        id\n        scheme\n        schemeName\n        number\n        certificationBody\n        expiresOn\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierTodo($enterpriseId: ID!) {\n    correctiveActions(first: 50, filter: { status: OPEN }) {\n      edges {\n        node {\n          id\n          chainId\n          issue {\n            id\n            title\n          }\n          steps {\n            id\n            step\n            status\n            dueAt\n            reviewComment\n          }\n        }\n      }\n    }\n    myStandardAcknowledgements(status: PENDING) {\n      id\n      dueOn\n      standard {\n        id\n        number\n        title\n        owner {\n          id\n          name\n        }\n      }\n      revision {\n        id\n        version\n      }\n    }\n    myMemberships {\n      id\n      status\n      chain {\n        id\n        name\n        leader {\n          id\n          name\n        }\n      }\n      latestQualification {\n        id\n        decision\n        decisionReasons\n      }\n      invitation {\n        email\n        expiresAt\n        acceptedAt\n      }\n    }\n    enterprise(id: $enterpriseId) {\n      id\n      certifications {\n        id\n        scheme\n        schemeName\n        number\n        certificationBody\n        expiresOn\n        status\n      }\n    }\n  }\n"];
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