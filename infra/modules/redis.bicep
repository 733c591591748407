// Azure Managed Redis (Microsoft.Cache/redisEnterprise) for the exact-repeat cache and budgets.
// Chosen over Azure Cache for Redis, whose Basic/Standard/Premium tiers are being retired.
// Access keys are disabled: the function app signs in with Entra ID through an access policy
// assignment, so the connection string carries host and port only.

param location string
param tags object
param cacheName string
@description('Smallest Balanced SKU; Balanced_B1 or larger for production traffic.')
param skuName string = 'Balanced_B0'
@description('Name of the function app\'s user-assigned identity (same resource group).')
param functionIdentityName string

resource functionIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: functionIdentityName
}

resource cluster 'Microsoft.Cache/redisEnterprise@2025-07-01' = {
  name: cacheName
  location: location
  tags: tags
  sku: { name: skuName }
  properties: {
    minimumTlsVersion: '1.2'
    // Public endpoint with Entra-only auth; add a private endpoint for production.
    publicNetworkAccess: 'Enabled'
    // Single node keeps the idle cost low; use 'Enabled' (two nodes) for production.
    highAvailability: 'Disabled'
  }
}

resource database 'Microsoft.Cache/redisEnterprise/databases@2025-07-01' = {
  parent: cluster
  name: 'default'
  properties: {
    clientProtocol: 'Encrypted'
    port: 10000
    // One endpoint that behaves like a single node, so non-cluster-aware clients work.
    clusteringPolicy: 'EnterpriseCluster'
    // Evict only keys with a TTL (cache entries); budget counters without TTL are never evicted.
    evictionPolicy: 'VolatileLRU'
    accessKeysAuthentication: 'Disabled'
  }
}

resource functionAccess 'Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments@2025-07-01' = {
  parent: database
  name: 'funcapp'
  properties: {
    accessPolicyName: 'default'
    user: { objectId: functionIdentity.properties.principalId }
  }
}

output hostName string = cluster.properties.hostName
output port int = database.properties.port
// StackExchange.Redis form without a password; the app adds an Entra token (Microsoft.Azure.StackExchangeRedis).
output connectionString string = '${cluster.properties.hostName}:${database.properties.port},ssl=True,abortConnect=False'
output accessPolicyAssignment string = functionAccess.name
