// Storage account holding the GGUF model on an Azure Files share that the GPU worker mounts
// read-only. Kept apart from the function app's account because an SMB mount in Container Apps
// authenticates with the account key, and the main account has shared keys disabled.

param location string
param tags object
param accountName string
param shareName string = 'models'
@description('Share quota in GiB; the default fits a few quantised 7-14B models.')
param shareQuotaGb int = 64
@description('Principal ids allowed to upload models with Entra ID (az storage file upload --auth-mode login).')
param uploaderPrincipalIds array = []

resource account 'Microsoft.Storage/storageAccounts@2026-06-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowBlobPublicAccess: false
    // Required: Container Apps mounts SMB shares with the account key (read at deployment by listKeys).
    allowSharedKeyAccess: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2026-06-01' = {
  parent: account
  name: 'default'
}

resource share 'Microsoft.Storage/storageAccounts/fileServices/shares@2026-06-01' = {
  parent: fileService
  name: shareName
  properties: {
    shareQuota: shareQuotaGb
    // Read on every cold start, written rarely: transaction-optimised is the cheapest fit.
    accessTier: 'TransactionOptimized'
  }
}

var fileDataPrivilegedContributor = '69566ab7-960f-475b-8e7c-b3118f30c6bd'

resource uploaderRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for principalId in uploaderPrincipalIds: {
    name: guid(account.id, principalId, fileDataPrivilegedContributor)
    scope: account
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', fileDataPrivilegedContributor)
      principalId: principalId
    }
  }
]

output accountName string = account.name
output shareName string = share.name
