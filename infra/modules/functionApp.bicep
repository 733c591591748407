// The router host: src/Functions, an Azure Functions custom handler (ASP.NET Core executable
// `Functions`), on the Flex Consumption plan (FC1).
//
// Why Flex Consumption: it runs custom handlers on Linux (functionAppConfig.runtime name
// 'custom'), supports every trigger this app uses (HTTP, Service Bus, timer), scales to zero so
// the idle system costs nothing here, joins a VNet (needed to reach the internal GPU worker) and
// deploys from a blob container with managed-identity auth. Elastic Premium (EP1) would also
// run custom handlers but bills at least one always-on instance (~$150/month).

param location string
param tags object
param planName string
param appName string
@description('Name of the app\'s user-assigned identity (same resource group).')
param identityName string
@description('Client id of that identity (used in app settings, which must be known when the module starts).')
param identityClientId string
param storageAccountName string
param deploymentContainerUrl string
param appInsightsName string
param appInsightsConnectionString string
param subnetId string
@description('Flex Consumption runtime for custom handlers; check with `az functionapp list-flexconsumption-runtimes -l <region> --runtime custom`.')
param runtimeVersion string = '1.0'
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40
@description('Application settings of the router (configuration keys from docs/configuration.md).')
param routerSettings object
@description('Azure OpenAI endpoint shared by the deployments below.')
param openAiEndpoint string
@description('Azure OpenAI deployments (name, model, weight) the router may call.')
param openAiDeployments array
@description('Azure OpenAI Global Batch deployments (name, model) for queue messages with a completion window.')
param openAiBatchDeployments array = []

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

var identityId = identity.id

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: {
    reserved: true
  }
}

// Backends:AzureOpenAI:Deployments:{i}:{Endpoint,Deployment,Model,Weight}.
var openAiSettings = reduce(
  map(range(0, length(openAiDeployments)), i => {
    'Backends__AzureOpenAI__Deployments__${i}__Endpoint': openAiEndpoint
    'Backends__AzureOpenAI__Deployments__${i}__Deployment': openAiDeployments[i].name
    'Backends__AzureOpenAI__Deployments__${i}__Model': openAiDeployments[i].model
    'Backends__AzureOpenAI__Deployments__${i}__Weight': string(openAiDeployments[i].weight)
  }),
  {},
  (acc, next) => union(acc, next)
)

// BatchApi:Deployments:{i}:{Endpoint,Deployment,Model}.
var batchSettings = reduce(
  map(range(0, length(openAiBatchDeployments)), i => {
    'BatchApi__Deployments__${i}__Endpoint': openAiEndpoint
    'BatchApi__Deployments__${i}__Deployment': openAiBatchDeployments[i].name
    'BatchApi__Deployments__${i}__Model': openAiBatchDeployments[i].model
  }),
  {},
  (acc, next) => union(acc, next)
)

// Host settings. Flex Consumption takes the runtime from functionAppConfig, so
// FUNCTIONS_WORKER_RUNTIME / FUNCTIONS_EXTENSION_VERSION must not be set.
var hostSettings = {
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // DefaultAzureCredential in the handler picks the user-assigned identity from this.
  AZURE_CLIENT_ID: identityClientId
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in app settings (exact-data-match secrets) resolve with the user-assigned identity.
    keyVaultReferenceIdentity: identityId
    virtualNetworkSubnetId: subnetId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: { name: 'custom', version: runtimeVersion }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [for setting in items(union(routerSettings, openAiSettings, batchSettings, hostSettings)): { name: setting.key, value: string(setting.value) }]
    }
  }
}

// Deployments go through Entra ID (az functionapp deployment / func publish), never basic auth.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'scm'
  properties: { allow: false }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'ftp'
  properties: { allow: false }
}

var metricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource telemetryRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, identity.id, metricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', metricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

output appName string = app.name
output defaultHostName string = app.properties.defaultHostName
output basicAuthDisabled array = [scmBasicAuth.name, ftpBasicAuth.name]
