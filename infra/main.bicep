// Everything the serverless LLM router needs in one resource group:
//   apps / batch jobs -> Function App (custom handler, Flex Consumption) -> Azure OpenAI
//                                                                         -> GPU worker (Container Apps, serverless GPU, internal)
//   + Service Bus batch queue, Azure Managed Redis cache, Storage (ledger tables), monitoring.
// Every service-to-service call uses a user-assigned managed identity and role assignments;
// no key or connection secret is a parameter, an output or an app setting.
//
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam   (see docs/deploy.md)

targetScope = 'resourceGroup'

import { modelDeployment, batchDeployment } from 'modules/openai.bicep'

@description('Short name used in every resource name: letters, digits and hyphens; lower-cased; the first 8 letters/digits appear in storage names.')
@minLength(3)
@maxLength(12)
param namePrefix string = 'llmrouter'

@description('Region for everything except Azure OpenAI. Needs Flex Consumption and Container Apps serverless GPUs.')
param location string = resourceGroup().location

@description('Region of the Azure OpenAI account (model availability differs by region).')
param openAiLocation string = location

@description('Azure OpenAI deployments the router may use for the Closed route.')
param openAiDeployments modelDeployment[]

@description('Azure OpenAI Global Batch deployments for queue messages with a completion window (docs/functions.md); each needs a GlobalBatch price under Router:DeploymentPrices:{name}. Empty: none.')
param openAiBatchDeployments batchDeployment[] = []

@description('Serverless GPU profile for the private worker.')
@allowed(['Consumption-GPU-NC8as-T4', 'Consumption-GPU-NC24-A100'])
param gpuProfileType string = 'Consumption-GPU-NC8as-T4'

@description('GPU worker image in the registry this template creates (<loginServer>/gpu-worker:<tag>); empty deploys a public placeholder until the image is pushed.')
param gpuWorkerImage string = ''

@description('GGUF model file on the `models` share (Worker__ModelPath = /models/<file>).')
param modelFileName string = 'model.gguf'

@description('Most GPU replicas at once.')
@minValue(1)
param gpuMaxReplicas int = 1

@description('Azure Managed Redis SKU.')
param redisSkuName string = 'Balanced_B0'

@description('Service Bus tier (Basic: no base fee; Standard: duplicate detection, topics).')
@allowed(['Basic', 'Standard'])
param serviceBusSku string = 'Basic'

@description('Object ids of identities that enqueue batch jobs (get Azure Service Bus Data Sender on the queue).')
param batchSenderPrincipalIds array = []

@description('Object ids of people or pipelines that upload models (get Storage File Data Privileged Contributor).')
param modelUploaderPrincipalIds array = []

@description('Tenants with an exact-data-match set: tenantId, and secretUri, the Key Vault secret (versionless URI) holding the set\'s HMAC secret. The set is read from <edm container>/<tenantId>.edm; the app\'s identity needs Key Vault Secrets User on that vault (docs/deploy.md).')
param edmTenants edmTenant[] = []

@description('Flex Consumption custom handler runtime version.')
param functionsRuntimeVersion string = '1.0'

param tags object = { app: 'llm-router' }

@description('A tenant whose exact-data-match set lives in the edm container.')
type edmTenant = {
  @description('Tenant id as in Router:Tenants (letters, digits, - and _).')
  tenantId: string
  @description('Key Vault secret URI, e.g. https://<vault>.vault.azure.net/secrets/edm-contoso')
  secretUri: string
}

var prefix = toLower(namePrefix)
var clean = replace(prefix, '-', '')
var token = uniqueString(resourceGroup().id, prefix)
var names = {
  workspace: 'log-${prefix}-${token}'
  appInsights: 'appi-${prefix}-${token}'
  functionIdentity: 'id-${prefix}-func'
  workerIdentity: 'id-${prefix}-gpu'
  storage: take('st${take(clean, 9)}${token}', 24)
  modelStorage: take('stm${take(clean, 8)}${token}', 24)
  serviceBus: 'sb-${prefix}-${token}'
  redis: 'redis-${prefix}-${token}'
  openAi: 'oai-${prefix}-${token}'
  registry: take('cr${clean}${token}', 50)
  vnet: 'vnet-${prefix}'
  containerEnv: 'cae-${prefix}-${token}'
  worker: 'ca-${prefix}-gpu'
  plan: 'plan-${prefix}-${token}'
  functionApp: 'func-${prefix}-${token}'
}
var batchQueueName = 'router-batch'
// Public image so the first deployment succeeds before the worker image is pushed to the new registry;
// it does not answer /health on 8080, which is harmless while the app sits at zero replicas.
var placeholderImage = 'mcr.microsoft.com/k8se/quickstart:latest'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: names.workspace
    appInsightsName: names.appInsights
  }
}

module identities 'modules/identity.bicep' = {
  name: 'identities'
  params: {
    location: location
    tags: tags
    functionIdentityName: names.functionIdentity
    workerIdentityName: names.workerIdentity
  }
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: location
    tags: tags
    vnetName: names.vnet
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    tags: tags
    accountName: names.storage
    functionIdentityName: names.functionIdentity
    deploymentContainerName: 'app-package'
    localQueueName: batchQueueName
  }
  // Identities are passed by name (known up front, so what-if stays precise); order explicitly.
  dependsOn: [identities]
}

module serviceBus 'modules/serviceBus.bicep' = {
  name: 'serviceBus'
  params: {
    location: location
    tags: tags
    namespaceName: names.serviceBus
    queueName: batchQueueName
    sku: serviceBusSku
    receiverIdentityName: names.functionIdentity
    senderPrincipalIds: batchSenderPrincipalIds
  }
  // Identities are passed by name (known up front, so what-if stays precise); order explicitly.
  dependsOn: [identities]
}

module redis 'modules/redis.bicep' = {
  name: 'redis'
  params: {
    location: location
    tags: tags
    cacheName: names.redis
    skuName: redisSkuName
    functionIdentityName: names.functionIdentity
  }
  // Identities are passed by name (known up front, so what-if stays precise); order explicitly.
  dependsOn: [identities]
}

module openAi 'modules/openai.bicep' = {
  name: 'openai'
  params: {
    location: openAiLocation
    tags: tags
    accountName: names.openAi
    deployments: openAiDeployments
    batchDeployments: openAiBatchDeployments
    functionIdentityName: names.functionIdentity
  }
  // Identities are passed by name (known up front, so what-if stays precise); order explicitly.
  dependsOn: [identities]
}

module registry 'modules/registry.bicep' = {
  name: 'registry'
  params: {
    location: location
    tags: tags
    registryName: names.registry
    pullIdentityName: names.workerIdentity
  }
  // Identities are passed by name (known up front, so what-if stays precise); order explicitly.
  dependsOn: [identities]
}

module modelShare 'modules/modelShare.bicep' = {
  name: 'modelShare'
  params: {
    location: location
    tags: tags
    accountName: names.modelStorage
    uploaderPrincipalIds: modelUploaderPrincipalIds
  }
}

module gpuWorker 'modules/gpuWorker.bicep' = {
  name: 'gpuWorker'
  params: {
    location: location
    tags: tags
    environmentName: names.containerEnv
    appName: names.worker
    workspaceId: monitoring.outputs.workspaceId
    infrastructureSubnetId: network.outputs.containerAppsSubnetId
    gpuProfileType: gpuProfileType
    image: empty(gpuWorkerImage) ? placeholderImage : gpuWorkerImage
    registryLoginServer: registry.outputs.loginServer
    workerIdentityId: identities.outputs.workerIdentityId
    // The name (known up front) rather than the output keeps what-if precise; the share output orders the modules.
    modelStorageAccountName: names.modelStorage
    modelShareName: modelShare.outputs.shareName
    modelFileName: modelFileName
    maxReplicas: gpuMaxReplicas
  }
}

module privateDns 'modules/privateDns.bicep' = {
  name: 'privateDns'
  params: {
    tags: tags
    // The environment's default domain exists only after it is created; what-if shows the zone as unknown.
    #disable-next-line what-if-short-circuiting
    zoneName: gpuWorker.outputs.defaultDomain
    staticIp: gpuWorker.outputs.staticIp
    vnetId: network.outputs.vnetId
  }
}

// Router configuration (keys from docs/configuration.md); the module adds the Azure OpenAI
// deployments as Backends__AzureOpenAI__Deployments__{i}__* and the host settings.
var routerSettings = {
  Ledger__Tables__Endpoint: storage.outputs.tableEndpoint
  // Flex Consumption runs the app from a read-only package mount, so the default spool folder (beside the
  // handler) cannot be written; /tmp is the instance's local disk (docs/deploy.md: what that means for the spool).
  Ledger__SpoolDirectory: '/tmp/router/ledger-spool'
  Batch__ResultsTable: storage.outputs.batchResultsTableName
  Backends__GpuWorker__BaseUrl: gpuWorker.outputs.baseUrl
  // Host and port only: the handler authenticates to Redis with its managed identity (Entra ID).
  Cache__Redis__ConnectionString: redis.outputs.connectionString
  // Token from the user-assigned identity (AZURE_CLIENT_ID); Redis user = its object id (the access policy's user).
  Cache__Redis__UseEntraId: 'true'
  Cache__Redis__EntraObjectId: identities.outputs.functionPrincipalId
  // Identity-based connection for the serviceBusTrigger (connection = "ServiceBusConnection").
  ServiceBusConnection__fullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
  ServiceBusConnection__credential: 'managedidentity'
  ServiceBusConnection__clientId: identities.outputs.functionClientId
  // One value with the queue's maxDeliveryCount: the handler stores the last delivery's failure as dead-lettered.
  Queue__MaxDequeueCount: string(serviceBus.outputs.maxDeliveryCount)
}

// Router:Tenants:{id}:ExactDataMatch:{Source,Secret}: the set's blob URL and a Key Vault reference (resolved by the
// platform with the app's identity), so no secret is a template value or a plain app setting.
var edmSettings = reduce(
  map(edmTenants, t => {
    'Router__Tenants__${t.tenantId}__ExactDataMatch__Source': '${storage.outputs.edmContainerUrl}/${t.tenantId}.edm'
    'Router__Tenants__${t.tenantId}__ExactDataMatch__Secret': '@Microsoft.KeyVault(SecretUri=${t.secretUri})'
  }),
  {},
  (acc, next) => union(acc, next)
)

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  params: {
    location: location
    tags: tags
    planName: names.plan
    appName: names.functionApp
    identityName: names.functionIdentity
    identityClientId: identities.outputs.functionClientId
    storageAccountName: storage.outputs.accountName
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsName: names.appInsights
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    subnetId: network.outputs.functionSubnetId
    runtimeVersion: functionsRuntimeVersion
    routerSettings: union(routerSettings, edmSettings)
    openAiEndpoint: openAi.outputs.endpoint
    openAiDeployments: openAiDeployments
    openAiBatchDeployments: openAiBatchDeployments
  }
  // Storage, Service Bus, Redis, OpenAI and the worker are ordered by the outputs used above;
  // the private DNS zone is not, and the worker's name must resolve before the first request.
  dependsOn: [privateDns]
}

output functionAppName string = functionApp.outputs.appName
output routerBaseUrl string = 'https://${functionApp.outputs.defaultHostName}'
output openAiEndpoint string = openAi.outputs.endpoint
output serviceBusNamespace string = serviceBus.outputs.fullyQualifiedNamespace
output batchQueueName string = serviceBus.outputs.queueName
output gpuWorkerBaseUrl string = gpuWorker.outputs.baseUrl
output registryLoginServer string = registry.outputs.loginServer
output modelStorageAccount string = modelShare.outputs.accountName
output modelShareName string = modelShare.outputs.shareName
output storageAccountName string = storage.outputs.accountName
output batchResultsTable string = storage.outputs.batchResultsTableName
output edmContainerUrl string = storage.outputs.edmContainerUrl
output redisHostName string = redis.outputs.hostName
