// User-assigned identities: one for the function app (router host), one for the GPU worker.
// User-assigned (not system-assigned) so role assignments can be made before the apps exist
// and survive an app being recreated.

param location string
param tags object
param functionIdentityName string
param workerIdentityName string

resource functionIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: functionIdentityName
  location: location
  tags: tags
}

resource workerIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: workerIdentityName
  location: location
  tags: tags
}

output functionIdentityName string = functionIdentity.name
output workerIdentityName string = workerIdentity.name
output functionIdentityId string = functionIdentity.id
output functionPrincipalId string = functionIdentity.properties.principalId
output functionClientId string = functionIdentity.properties.clientId
output workerIdentityId string = workerIdentity.id
output workerPrincipalId string = workerIdentity.properties.principalId
