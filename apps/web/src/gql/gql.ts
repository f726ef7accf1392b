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
    "\n  mutation SupplierActionAddComment($actionId: ID!, $body: String!, $documentIds: [ID!]!) {\n    addCorrectiveActionComment(actionId: $actionId, body: $body, documentIds: $documentIds) {\n      id\n    }\n  }\n": typeof types.SupplierActionAddCommentDocument,
    "\n  query SupplierActionDetail($id: ID!) {\n    correctiveAction(id: $id) {\n      id\n      status\n      requestedAt\n      closedAt\n      effectivenessDueAt\n      issue {\n        id\n        title\n        description\n        defectCode\n        severity\n        detectedAt\n      }\n      steps {\n        id\n        step\n        status\n        content\n        dueAt\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      timeline {\n        id\n        type\n        at\n        actorName\n        after\n        documents {\n          id\n          fileName\n          contentType\n          sizeBytes\n          downloadPath\n        }\n      }\n    }\n  }\n": typeof types.SupplierActionDetailDocument,
    "\n  query SupplierActionList($filter: ActionFilterInput, $first: Int, $after: String) {\n    correctiveActions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          requestedAt\n          closedAt\n          issue {\n            id\n            title\n            defectCode\n            severity\n          }\n          steps {\n            id\n            step\n            status\n            dueAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupplierActionListDocument,
    "\n  mutation SupplierActionSaveStep($actionId: ID!, $step: EightDStep!, $content: JSONObject!) {\n    saveCorrectiveActionStep(actionId: $actionId, step: $step, content: $content) {\n      id\n      status\n      content\n      submittedAt\n    }\n  }\n": typeof types.SupplierActionSaveStepDocument,
    "\n  mutation SupplierActionSubmitStep($actionId: ID!, $step: EightDStep!, $content: JSONObject!) {\n    submitCorrectiveActionStep(actionId: $actionId, step: $step, content: $content) {\n      id\n      status\n      content\n      submittedAt\n    }\n  }\n": typeof types.SupplierActionSubmitStepDocument,
    "\n  query QualityChains {\n    myMemberships {\n      id\n      status\n      chainId\n      chain {\n        id\n        name\n      }\n    }\n  }\n": typeof types.QualityChainsDocument,
    "\n  query QualityPassRates($scope: RollupScopeInput!, $period: RollupPeriod!, $from: String!, $to: String!, $stage: PassRateStage!, $chainId: ID!) {\n    passRateSeries(scope: $scope, period: $period, from: $from, to: $to, stage: $stage) {\n      periodStart\n      lotsInspected\n      lotsAccepted\n      firstLots\n      firstAccepted\n      unitsInspected\n      unitsNonconforming\n      lotPassRate\n      firstPassYield\n      ppm\n    }\n    passRatePolicy(chainId: $chainId) {\n      chainId\n      minLotPassRate\n      stage\n    }\n  }\n": typeof types.QualityPassRatesDocument,
    "\n  query QualityLots($filter: LotFilterInput, $first: Int, $after: String) {\n    inspectionLots(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          partNumber\n          lotNumber\n          lotSize\n          stage\n          inspectedAt\n          submission\n          aql\n          unitsSampled\n          nonconformingUnits\n          decision\n        }\n      }\n    }\n  }\n": typeof types.QualityLotsDocument,
    "\n  mutation QualityRecordLots($input: RecordInspectionLotsInput!) {\n    recordInspectionLots(input: $input) {\n      inserted\n      duplicates\n      errors {\n        index\n        field\n        message\n      }\n    }\n  }\n": typeof types.QualityRecordLotsDocument,
    "\n  query QualityImport($id: ID!) {\n    inspectionImport(id: $id) {\n      id\n      fileName\n      status\n      rowsRead\n      rowsInserted\n      rowsDuplicate\n      rowsInvalid\n      error\n      errorReportUrl\n      errors(first: 10) {\n        row\n        field\n        message\n      }\n    }\n  }\n": typeof types.QualityImportDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      roles\n      language\n      organisation {\n        id\n        kind\n        name\n        uscc\n      }\n    }\n    myMemberships {\n      id\n      status\n    }\n    industryChains(first: 100) {\n      edges {\n        node {\n          id\n          name\n          leaderEnterpriseId\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SetMyLanguage($language: Language!) {\n    setMyLanguage(language: $language) {\n      id\n      language\n    }\n  }\n": typeof types.SetMyLanguageDocument,
    "\n  query Notifications {\n    unread: notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n    notifications(first: 15) {\n      edges {\n        node {\n          id\n          kind\n          params\n          link {\n            type\n            id\n          }\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      expiresAt\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SupplierActionAddComment($actionId: ID!, $body: String!, $documentIds: [ID!]!) {\n    addCorrectiveActionComment(actionId: $actionId, body: $body, documentIds: $documentIds) {\n      id\n    }\n  }\n": types.SupplierActionAddCommentDocument,
    "\n  query SupplierActionDetail($id: ID!) {\n    correctiveAction(id: $id) {\n      id\n      status\n      requestedAt\n      closedAt\n      effectivenessDueAt\n      issue {\n        id\n        title\n        description\n        defectCode\n        severity\n        detectedAt\n      }\n      steps {\n        id\n        step\n        status\n        content\n        dueAt\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      timeline {\n        id\n        type\n        at\n        actorName\n        after\n        documents {\n          id\n          fileName\n          contentType\n          sizeBytes\n          downloadPath\n        }\n      }\n    }\n  }\n": types.SupplierActionDetailDocument,
    "\n  query SupplierActionList($filter: ActionFilterInput, $first: Int, $after: String) {\n    correctiveActions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          requestedAt\n          closedAt\n          issue {\n            id\n            title\n            defectCode\n            severity\n          }\n          steps {\n            id\n            step\n            status\n            dueAt\n          }\n        }\n      }\n    }\n  }\n": types.SupplierActionListDocument,
    "\n  mutation SupplierActionSaveStep($actionId: ID!, $step: EightDStep!, $content: JSONObject!) {\n    saveCorrectiveActionStep(actionId: $actionId, step: $step, content: $content) {\n      id\n      status\n      content\n      submittedAt\n    }\n  }\n": types.SupplierActionSaveStepDocument,
    "\n  mutation SupplierActionSubmitStep($actionId: ID!, $step: EightDStep!, $content: JSONObject!) {\n    submitCorrectiveActionStep(actionId: $actionId, step: $step, content: $content) {\n      id\n      status\n      content\n      submittedAt\n    }\n  }\n": types.SupplierActionSubmitStepDocument,
    "\n  query QualityChains {\n    myMemberships {\n      id\n      status\n      chainId\n      chain {\n        id\n        name\n      }\n    }\n  }\n": types.QualityChainsDocument,
    "\n  query QualityPassRates($scope: RollupScopeInput!, $period: RollupPeriod!, $from: String!, $to: String!, $stage: PassRateStage!, $chainId: ID!) {\n    passRateSeries(scope: $scope, period: $period, from: $from, to: $to, stage: $stage) {\n      periodStart\n      lotsInspected\n      lotsAccepted\n      firstLots\n      firstAccepted\n      unitsInspected\n      unitsNonconforming\n      lotPassRate\n      firstPassYield\n      ppm\n    }\n    passRatePolicy(chainId: $chainId) {\n      chainId\n      minLotPassRate\n      stage\n    }\n  }\n": types.QualityPassRatesDocument,
    "\n  query QualityLots($filter: LotFilterInput, $first: Int, $after: String) {\n    inspectionLots(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          partNumber\n          lotNumber\n          lotSize\n          stage\n          inspectedAt\n          submission\n          aql\n          unitsSampled\n          nonconformingUnits\n          decision\n        }\n      }\n    }\n  }\n": types.QualityLotsDocument,
    "\n  mutation QualityRecordLots($input: RecordInspectionLotsInput!) {\n    recordInspectionLots(input: $input) {\n      inserted\n      duplicates\n      errors {\n        index\n        field\n        message\n      }\n    }\n  }\n": types.QualityRecordLotsDocument,
    "\n  query QualityImport($id: ID!) {\n    inspectionImport(id: $id) {\n      id\n      fileName\n      status\n      rowsRead\n      rowsInserted\n      rowsDuplicate\n      rowsInvalid\n      error\n      errorReportUrl\n      errors(first: 10) {\n        row\n        field\n        message\n      }\n    }\n  }\n": types.QualityImportDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      roles\n      language\n      organisation {\n        id\n        kind\n        name\n        uscc\n      }\n    }\n    myMemberships {\n      id\n      status\n    }\n    industryChains(first: 100) {\n      edges {\n        node {\n          id\n          name\n          leaderEnterpriseId\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SetMyLanguage($language: Language!) {\n    setMyLanguage(language: $language) {\n      id\n      language\n    }\n  }\n": types.SetMyLanguageDocument,
    "\n  query Notifications {\n    unread: notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n    notifications(first: 15) {\n      edges {\n        node {\n          id\n          kind\n          params\n          link {\n            type\n            id\n          }\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
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
export function graphql(source: "\n  mutation SupplierActionAddComment($actionId: ID!, $body: String!, $documentIds: [ID!]!) {\n    addCorrectiveActionComment(actionId: $actionId, body: $body, documentIds: $documentIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SupplierActionAddComment($actionId: ID!, $body: String!, $documentIds: [ID!]!) {\n    addCorrectiveActionComment(actionId: $actionId, body: $body, documentIds: $documentIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierActionDetail($id: ID!) {\n    correctiveAction(id: $id) {\n      id\n      status\n      requestedAt\n      closedAt\n      effectivenessDueAt\n      issue {\n        id\n        title\n        description\n        defectCode\n        severity\n        detectedAt\n      }\n      steps {\n        id\n        step\n        status\n        content\n        dueAt\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      timeline {\n        id\n        type\n        at\n        actorName\n        after\n        documents {\n          id\n          fileName\n          contentType\n          sizeBytes\n          downloadPath\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierActionDetail($id: ID!) {\n    correctiveAction(id: $id) {\n      id\n      status\n      requestedAt\n      closedAt\n      effectivenessDueAt\n      issue {\n        id\n        title\n        description\n        defectCode\n        severity\n        detectedAt\n      }\n      steps {\n        id\n        step\n        status\n        content\n        dueAt\n        submittedAt\n        reviewedAt\n        reviewComment\n      }\n      timeline {\n        id\n        type\n        at\n        actorName\n        after\n        documents {\n          id\n          fileName\n          contentType\n          sizeBytes\n          downloadPath\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplierActionList($filter: ActionFilterInput, $first: Int, $after: String) {\n    correctiveActions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          requestedAt\n          closedAt\n          issue {\n            id\n            title\n            defectCode\n            severity\n          }\n          steps {\n            id\n            step\n            status\n            dueAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupplierActionList($filter: ActionFilterInput, $first: Int, $after: String) {\n    correctiveActions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          requestedAt\n          closedAt\n          issue {\n            id\n            title\n            defectCode\n            severity\n          }\n          steps {\n            id\n            step\n            status\n            dueAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplierActionSaveStep($actionId: ID!, $step: EightDStep!, $content: JSONObject!) {\n    saveCorrectiveActionStep(actionId: $actionId, step: $step, content: $content) {\n      id\n      status\n      content\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SupplierActionSaveStep($actionId: ID!, $step: EightDStep!, $content: JSONObject!) {\n    saveCorrectiveActionStep(actionId: $actionId, step: $step, content: $content) {\n      id\n      status\n      content\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupplierActionSubmitStep($actionId: ID!, $step: EightDStep!, $content: JSONObject!) {\n    submitCorrectiveActionStep(actionId: $actionId, step: $step, content: $content) {\n      id\n      status\n      content\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SupplierActionSubmitStep($actionId: ID!, $step: EightDStep!, $content: JSONObject!) {\n    submitCorrectiveActionStep(actionId: $actionId, step: $step, content: $content) {\n      id\n      status\n      content\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityChains {\n    myMemberships {\n      id\n      status\n      chainId\n      chain {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query QualityChains {\n    myMemberships {\n      id\n      status\n      chainId\n      chain {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityPassRates($scope: RollupScopeInput!, $period: RollupPeriod!, $from: String!, $to: String!, $stage: PassRateStage!, $chainId: ID!) {\n    passRateSeries(scope: $scope, period: $period, from: $from, to: $to, stage: $stage) {\n      periodStart\n      lotsInspected\n      lotsAccepted\n      firstLots\n      firstAccepted\n      unitsInspected\n      unitsNonconforming\n      lotPassRate\n      firstPassYield\n      ppm\n    }\n    passRatePolicy(chainId: $chainId) {\n      chainId\n      minLotPassRate\n      stage\n    }\n  }\n"): (typeof documents)["\n  query QualityPassRates($scope: RollupScopeInput!, $period: RollupPeriod!, $from: String!, $to: String!, $stage: PassRateStage!, $chainId: ID!) {\n    passRateSeries(scope: $scope, period: $period, from: $from, to: $to, stage: $stage) {\n      periodStart\n      lotsInspected\n      lotsAccepted\n      firstLots\n      firstAccepted\n      unitsInspected\n      unitsNonconforming\n      lotPassRate\n      firstPassYield\n      ppm\n    }\n    passRatePolicy(chainId: $chainId) {\n      chainId\n      minLotPassRate\n      stage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityLots($filter: LotFilterInput, $first: Int, $after: String) {\n    inspectionLots(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          partNumber\n          lotNumber\n          lotSize\n          stage\n          inspectedAt\n          submission\n          aql\n          unitsSampled\n          nonconformingUnits\n          decision\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QualityLots($filter: LotFilterInput, $first: Int, $after: String) {\n    inspectionLots(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          partNumber\n          lotNumber\n          lotSize\n          stage\n          inspectedAt\n          submission\n          aql\n          unitsSampled\n          nonconformingUnits\n          decision\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QualityRecordLots($input: RecordInspectionLotsInput!) {\n    recordInspectionLots(input: $input) {\n      inserted\n      duplicates\n      errors {\n        index\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QualityRecordLots($input: RecordInspectionLotsInput!) {\n    recordInspectionLots(input: $input) {\n      inserted\n      duplicates\n      errors {\n        index\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualityImport($id: ID!) {\n    inspectionImport(id: $id) {\n      id\n      fileName\n      status\n      rowsRead\n      rowsInserted\n      rowsDuplicate\n      rowsInvalid\n      error\n      errorReportUrl\n      errors(first: 10) {\n        row\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query QualityImport($id: ID!) {\n    inspectionImport(id: $id) {\n      id\n      fileName\n      status\n      rowsRead\n      rowsInserted\n      rowsDuplicate\n      rowsInvalid\n      error\n      errorReportUrl\n      errors(first: 10) {\n        row\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      roles\n      language\n      organisation {\n        id\n        kind\n        name\n        uscc\n      }\n    }\n    myMemberships {\n      id\n      status\n    }\n    industryChains(first: 100) {\n      edges {\n        node {\n          id\n          name\n          leaderEnterpriseId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      roles\n      language\n      organisation {\n        id\n        kind\n        name\n        uscc\n      }\n    }\n    myMemberships {\n      id\n      status\n    }\n    industryChains(first: 100) {\n      edges {\n        node {\n          id\n          name\n          leaderEnterpriseId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLanguage($language: Language!) {\n    setMyLanguage(language: $language) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLanguage($language: Language!) {\n    setMyLanguage(language: $language) {\n      id\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    unread: notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n    notifications(first: 15) {\n      edges {\n        node {\n          id\n          kind\n          params\n          link {\n            type\n            id\n          }\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    unread: notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n    notifications(first: 15) {\n      edges {\n        node {\n          id\n          kind\n          params\n          link {\n            type\n            id\n          }\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"];
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