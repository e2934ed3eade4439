import { GetAccountSummaryCommand } from '@aws-sdk/client-iam';
import { queryOptions } from '@tanstack/react-query';
import { iamClient } from './iam-client';
import { iamKeys } from './query-keys';

export const accountSummaryQuery = () =>
  queryOptions({
    queryKey: iamKeys.accountSummary(),
    queryFn: async () => (await iamClient.send(new GetAccountSummaryCommand({}))).SummaryMap ?? {},
  });
