// Container registry for the GPU worker image. No admin user: the worker's identity pulls
// with AcrPull, and whoever pushes uses `az acr login` with their own Entra identity.

param location string
param tags object
param registryName string
@description('Basic is enough for one image pulled on scale-from-zero.')
@allowed(['Basic', 'Standard', 'Premium'])
param sku string = 'Basic'
@description('Name of the GPU worker\'s user-assigned identity, which pulls.')
param pullIdentityName string

resource puller 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: pullIdentityName
}

resource registry 'Microsoft.ContainerRegistry/registries@2025-11-01' = {
  name: registryName
  location: location
  tags: tags
  sku: { name: sku }
  properties: {
    adminUserEnabled: false
    anonymousPullEnabled: false
    publicNetworkAccess: 'Enabled'
  }
}

var acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource pullRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, puller.id, acrPull)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPull)
    principalId: puller.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

output loginServer string = registry.properties.loginServer
output registryName string = registry.name
