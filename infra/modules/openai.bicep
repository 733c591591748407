// Azure OpenAI account (Cognitive Services kind OpenAI) with its model deployments.
// Key auth is disabled; the function app calls it with Entra ID (Cognitive Services OpenAI User).

param location string
param tags object
param accountName string

@export()
@description('One Azure OpenAI model deployment and the router\'s share of traffic for it.')
type modelDeployment = {
  @description('Deployment name the router calls (Backends:AzureOpenAI:Deployments:{i}:Deployment).')
  name: string
  @description('Model name, e.g. gpt-4o-mini; the router prices calls by this (Router:Prices:{model}).')
  model: string
  @description('Model version, e.g. 2024-07-18.')
  version: string
  @description('Deployment type: GlobalStandard (pay per token, no idle cost), Standard, DataZoneStandard.')
  sku: string
  @description('Rate limit in thousands of tokens per minute.')
  capacity: int
  @description('Relative weight when several deployments serve one model.')
  weight: int
}

param deployments modelDeployment[]

@export()
@description('One Azure OpenAI Global Batch deployment: JSONL files of requests answered within 24 h at about half the token price.')
type batchDeployment = {
  @description('Deployment name the router writes into batch files (BatchApi:Deployments:{i}:Deployment; price it under Router:DeploymentPrices:{name} with DeploymentType GlobalBatch).')
  name: string
  @description('Catalogue model it serves, e.g. gpt-4o: closed-route queue messages with a completion window for this model go to it.')
  model: string
  @description('Model version, e.g. 2024-11-20.')
  version: string
  @description('Enqueued-token quota in thousands of tokens.')
  capacity: int
}

@description('Global Batch deployments; empty: every queue message is answered at once.')
param batchDeployments batchDeployment[] = []

@description('Name of the function app\'s user-assigned identity (same resource group).')
param functionIdentityName string

resource functionIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: functionIdentityName
}

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

// After the standard deployments: the service rejects concurrent deployment writes on one account.
@batchSize(1)
resource globalBatchDeployments 'Microsoft.CognitiveServices/accounts/deployments@2026-07-01' = [
  for d in batchDeployments: {
    parent: account
    name: d.name
    sku: { name: 'GlobalBatch', capacity: d.capacity }
    properties: {
      model: { format: 'OpenAI', name: d.model, version: d.version }
      versionUpgradeOption: 'OnceNewDefaultVersionAvailable'
    }
    dependsOn: [modelDeployments]
  }
]

var openAiUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource userRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, functionIdentity.id, openAiUser)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUser)
    principalId: functionIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

output endpoint string = account.properties.endpoint
output deploymentNames array = [for (d, i) in deployments: modelDeployments[i].name]
output batchDeploymentNames array = [for (d, i) in batchDeployments: globalBatchDeployments[i].name]
