// The private GPU backend: a Container Apps environment with a serverless GPU workload profile,
// running src/GpuWorker (OpenAI-compatible server over llama.cpp) with scale to zero and the
// GGUF model mounted read-only from Azure Files.

param location string
param tags object
param environmentName string
param appName string
param workspaceId string
@description('Delegated subnet for the environment; the environment is internal (VNet-only ingress).')
param infrastructureSubnetId string
@description('Serverless GPU profile: T4 (16 GB, cheapest, fits 7-8B Q4 models) or A100 (80 GB).')
@allowed(['Consumption-GPU-NC8as-T4', 'Consumption-GPU-NC24-A100'])
param gpuProfileType string = 'Consumption-GPU-NC8as-T4'
@description('Worker image, e.g. <registry>.azurecr.io/gpu-worker:<tag>. The default is a public placeholder so the first deployment succeeds before the image is pushed.')
param image string
param registryLoginServer string
param workerIdentityId string
param modelStorageAccountName string
param modelShareName string
@description('GGUF file name on the share; the worker reads /models/<file> from Worker__ModelPath.')
param modelFileName string
@description('Upper bound on GPU replicas (each is billed per second while running).')
param maxReplicas int = 1
@description('Concurrent requests per replica before another replica starts.')
param concurrentRequests int = 4

// Resources of a serverless GPU replica are fixed per profile.
var gpuResources = {
  'Consumption-GPU-NC8as-T4': { cpu: json('8.0'), memory: '56Gi' }
  'Consumption-GPU-NC24-A100': { cpu: json('24.0'), memory: '220Gi' }
}
var modelVolume = 'models'
var port = 8080

resource modelAccount 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: modelStorageAccountName
}

resource environment 'Microsoft.App/managedEnvironments@2026-07-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    // Logs go through diagnostic settings below, so no workspace key is needed here.
    appLogsConfiguration: { destination: 'azure-monitor' }
    vnetConfiguration: {
      infrastructureSubnetId: infrastructureSubnetId
      internal: true
    }
    workloadProfiles: [
      { name: 'Consumption', workloadProfileType: 'Consumption' }
      { name: 'gpu', workloadProfileType: gpuProfileType }
    ]
  }
}

// 2021-05-01-preview is the newest version of the resource-scoped diagnostic settings; the only GA
// version the linter offers (2016-09-01) is the classic one without categoryGroup.
#disable-next-line use-recent-api-versions
resource logs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: environment
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'allLogs', enabled: true }]
  }
}

resource modelStorage 'Microsoft.App/managedEnvironments/storages@2026-07-01' = {
  parent: environment
  name: modelVolume
  properties: {
    azureFile: {
      accountName: modelAccount.name
      // SMB mounts in Container Apps take the account key; it is read here at deployment time
      // and never appears in a parameter, output or file.
      accountKey: modelAccount.listKeys().keys[0].value
      shareName: modelShareName
      accessMode: 'ReadOnly'
    }
  }
}

resource worker 'Microsoft.App/containerApps@2026-07-01' = {
  name: appName
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${workerIdentityId}': {} }
  }
  properties: {
    environmentId: environment.id
    workloadProfileName: 'gpu'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        // "external" inside an internal environment means reachable from the VNet only.
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: [{ server: registryLoginServer, identity: workerIdentityId }]
    }
    template: {
      containers: [
        {
          name: 'gpu-worker'
          image: image
          resources: gpuResources[gpuProfileType]
          env: [
            { name: 'Worker__ModelPath', value: '/models/${modelFileName}' }
            // Overrides the image's default listen URL (loopback/8088 outside containers) so ingress reaches it.
            { name: 'ASPNETCORE_URLS', value: 'http://+:${port}' }
          ]
          volumeMounts: [{ volumeName: modelVolume, mountPath: '/models' }]
          probes: [
            {
              // Loading a multi-GB model from Azure Files takes a while: allow up to 10 minutes.
              type: 'Startup'
              httpGet: { path: '/health', port: port }
              periodSeconds: 10
              failureThreshold: 60
            }
            {
              type: 'Readiness'
              httpGet: { path: '/health', port: port }
              periodSeconds: 10
            }
          ]
        }
      ]
      volumes: [{ name: modelVolume, storageType: 'AzureFile', storageName: modelStorage.name }]
      scale: {
        // Scale to zero: no GPU is billed while no request is waiting.
        minReplicas: 0
        maxReplicas: maxReplicas
        rules: [{ name: 'http', http: { metadata: { concurrentRequests: string(concurrentRequests) } } }]
      }
    }
  }
}

output defaultDomain string = environment.properties.defaultDomain
output staticIp string = environment.properties.staticIp
output baseUrl string = 'https://${worker.properties.configuration.ingress.fqdn}'
output environmentId string = environment.id
