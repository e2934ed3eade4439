/** Data for the `large` scenario: 100 × 50 names make its 5,000 distinct users. */
export const FIRST_NAMES = [
  'aaron', 'abigail', 'adam', 'adriana', 'ahmed', 'aiko', 'alan', 'alice', 'amara', 'amir',
  'ana', 'andre', 'anika', 'anton', 'arjun', 'astrid', 'beatriz', 'benjamin', 'bianca', 'boris',
  'camila', 'carlos', 'carmen', 'chen', 'chiara', 'chloe', 'daniel', 'daria', 'david', 'diego',
  'dmitri', 'elena', 'elif', 'elijah', 'emeka', 'emil', 'emma', 'erik', 'esther', 'ethan',
  'fatima', 'felix', 'fiona', 'gabriel', 'grace', 'hamid', 'hana', 'hector', 'helena', 'hugo',
  'ines', 'ivan', 'jakub', 'james', 'jana', 'javier', 'jin', 'joao', 'julia', 'kai',
  'kamala', 'karim', 'kenji', 'lara', 'layla', 'lena', 'leon', 'lucia', 'luka', 'mateo',
  'maya', 'mei', 'mohammed', 'nadia', 'nikolai', 'noah', 'nora', 'olga', 'oscar', 'paula',
  'pedro', 'quinn', 'rafael', 'rania', 'rosa', 'ruben', 'sakura', 'samir', 'sara', 'sebastian',
  'selin', 'sven', 'tariq', 'thea', 'tomas', 'uma', 'valentina', 'victor', 'yara', 'zoe',
] as const;

export const LAST_NAMES = [
  'abbott', 'adeyemi', 'alvarez', 'andersen', 'bauer', 'bianchi', 'chowdhury', 'costa', 'dubois', 'eriksen',
  'fernandes', 'fischer', 'garcia', 'gupta', 'hansen', 'hoffmann', 'ibrahim', 'ito', 'jensen', 'kaur',
  'kowalski', 'kuznetsov', 'larsen', 'lopez', 'martins', 'mendes', 'moreau', 'nakamura', 'novak', 'okafor',
  'olsen', 'park', 'petrov', 'quintero', 'ramos', 'rossi', 'santos', 'schneider', 'silva', 'singh',
  'sato', 'tanaka', 'torres', 'usman', 'vargas', 'weber', 'wong', 'xu', 'yilmaz', 'zhang',
] as const;

/** 30 job functions × 10 teams make the account's 300 groups (IAM's quota). */
export const JOB_FUNCTIONS = [
  { name: 'Developers', policies: ['AmazonS3ReadOnlyAccess', 'AWSCodeCommitPowerUser'] },
  { name: 'DataEngineers', policies: ['AWSGlueConsoleFullAccess', 'AmazonAthenaFullAccess'] },
  { name: 'DataScientists', policies: ['job-function/DataScientist'] },
  { name: 'Analysts', policies: ['AmazonAthenaFullAccess', 'AmazonS3ReadOnlyAccess'] },
  { name: 'Support', policies: ['AWSSupportAccess', 'job-function/SupportUser'] },
  { name: 'Billing', policies: ['job-function/Billing'] },
  { name: 'Auditors', policies: ['SecurityAudit', 'AWSCloudTrail_ReadOnlyAccess'] },
  { name: 'SecurityOps', policies: ['SecurityAudit', 'AWSKeyManagementServicePowerUser'] },
  { name: 'NetworkAdmins', policies: ['job-function/NetworkAdministrator'] },
  { name: 'DatabaseAdmins', policies: ['job-function/DatabaseAdministrator'] },
  { name: 'QA', policies: ['AmazonEC2ReadOnlyAccess', 'CloudWatchReadOnlyAccess'] },
  { name: 'ReleaseManagers', policies: ['AWSCodePipeline_ReadOnlyAccess', 'AWSCodeDeployReadOnlyAccess'] },
  { name: 'SiteReliability', policies: ['CloudWatchReadOnlyAccess', 'AmazonEC2ReadOnlyAccess', 'AWSXrayReadOnlyAccess'] },
  { name: 'Platform', policies: ['AmazonECS_FullAccess', 'AmazonEC2ContainerRegistryReadOnly'] },
  { name: 'Mobile', policies: ['AmazonCognitoReadOnly', 'AmazonS3ReadOnlyAccess'] },
  { name: 'Frontend', policies: ['AmazonS3ReadOnlyAccess', 'AWSCodeCommitReadOnly'] },
  { name: 'Backend', policies: ['AWSLambda_ReadOnlyAccess', 'AmazonDynamoDBReadOnlyAccess'] },
  { name: 'MachineLearning', policies: ['AmazonSageMakerFullAccess'] },
  { name: 'Marketing', policies: ['AmazonS3ReadOnlyAccess'] },
  { name: 'Sales', policies: ['job-function/ViewOnlyAccess'] },
  { name: 'Finance', policies: ['AWSBillingReadOnlyAccess'] },
  { name: 'HR', policies: ['IAMUserChangePassword'] },
  { name: 'Legal', policies: ['job-function/ViewOnlyAccess'] },
  { name: 'Compliance', policies: ['AWSConfigUserAccess', 'SecurityAudit'] },
  { name: 'ITHelpdesk', policies: ['IAMReadOnlyAccess', 'AWSSupportAccess'] },
  { name: 'Architects', policies: ['ReadOnlyAccess'] },
  { name: 'ProductManagers', policies: ['job-function/ViewOnlyAccess'] },
  { name: 'Designers', policies: ['AmazonS3ReadOnlyAccess'] },
  { name: 'Researchers', policies: ['AmazonSageMakerFullAccess', 'AmazonS3ReadOnlyAccess'] },
  { name: 'Contractors', policies: ['job-function/ViewOnlyAccess'] },
] as const;

export const TEAMS = ['Atlas', 'Borealis', 'Cascade', 'Delta', 'Everest', 'Fjord', 'Glacier', 'Harbor', 'Ivory', 'Juniper'] as const;
