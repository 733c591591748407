// Azure OpenAI account (Cognitive Services kind OpenAI) with its model deployments.
// Key auth is disabled; the function app calls it with Entra ID (Cognitive Services OpenAI User).

param location string
param tags object
param accountName string

@description('Model deployments: name, model, version, sku (e.g. GlobalStandard), capacity (thousands of tokens per minute), weight (router load share).')
param deployments array

@description('Principal (object) id of the function app identity.')
param functionPrincipalId string

resource account 'Microsoft.CognitiveServices/accounts@2026-07-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    // A custom subdomain is required for Entra ID token auth.
    customSubDomainName: accountName
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

// One at a time: the service rejects concurrent deployment writes on one account.
@batchSize(1)
resource modelDeployments 'Microsoft.CognitiveServices/accounts/deployments@2026-07-01' = [
  for d in deployments: {
    parent: account
    name: d.name
    sku: { name: d.sku, capacity: d.capacity }
    properties: {
      model: { format: 'OpenAI', name: d.model, version: d.version }
      versionUpgradeOption: 'OnceNewDefaultVersionAvailable'
    }
  }
]

var openAiUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource userRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, functionPrincipalId, openAiUser)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUser)
    principalId: functionPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output endpoint string = account.properties.endpoint
output deploymentNames array = [for (d, i) in deployments: modelDeployments[i].name]
