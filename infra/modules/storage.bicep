// The function app's storage account: Functions host state (AzureWebJobsStorage), the Flex
// Consumption deployment package, the spend ledger tables, the batch results table and the local-dev queue.
// Shared keys are disabled: every caller uses Entra ID through role assignments below.

param location string
param tags object
param accountName string
@description('Name of the function app\'s user-assigned identity (same resource group).')
param functionIdentityName string
@description('Blob container that holds the Flex Consumption deployment package.')
param deploymentContainerName string
@description('Ledger tables written by src/Router/Accounting.')
param ledgerTableNames array = ['RouterLedger', 'RouterDailyRollup']
@description('Table for batch job results (Batch:ResultsTable, read by GET /api/batch/{id}).')
param batchResultsTableName string = 'batchresults'
@description('Blob container for tenants\' exact-data-match sets (router edm build); the app reads it with its identity.')
param edmContainerName string = 'edm'
@description('Storage queue used by the local-dev batch path (Queue:Name); Azure uses Service Bus.')
param localQueueName string = 'router-batch'

resource functionIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: functionIdentityName
}

resource account 'Microsoft.Storage/storageAccounts@2026-06-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices' }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-06-01' = {
  parent: account
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-06-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: { publicAccess: 'None' }
}

// Hashed value sets only (keyed fingerprints, never plain values): see docs/sensitivity.md.
resource edmContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-06-01' = {
  parent: blobService
  name: edmContainerName
  properties: { publicAccess: 'None' }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2026-06-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2026-06-01' = [
  for table in concat(ledgerTableNames, [batchResultsTableName]): {
    parent: tableService
    name: table
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2026-06-01' = {
  parent: account
  name: 'default'
}

resource localQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2026-06-01' = {
  parent: queueService
  name: localQueueName
}

// Built-in role ids (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles).
var roles = {
  // Functions host with identity-based AzureWebJobsStorage needs Owner on blobs (leases, keys).
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource roleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in items(roles): {
    name: guid(account.id, functionIdentity.id, role.value)
    scope: account
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
      principalId: functionIdentity.properties.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

output accountName string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output tableEndpoint string = account.properties.primaryEndpoints.table
output queueEndpoint string = account.properties.primaryEndpoints.queue
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'
output edmContainerUrl string = '${account.properties.primaryEndpoints.blob}${edmContainer.name}'
output tableNames array = [for (name, i) in concat(ledgerTableNames, [batchResultsTableName]): tables[i].name]
output batchResultsTableName string = batchResultsTableName
output localQueueName string = localQueue.name
