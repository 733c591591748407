// Service Bus namespace and the batch queue `router-batch`, read by the function app's
// serviceBusTrigger through the identity-based connection `ServiceBusConnection__*`.
// Local (SAS key) auth is disabled; senders get Azure Service Bus Data Sender explicitly.

param location string
param tags object
param namespaceName string
param queueName string = 'router-batch'
@description('Basic has no base fee and supports queues with dead-lettering; Standard adds duplicate detection and topics.')
@allowed(['Basic', 'Standard'])
param sku string = 'Basic'
@description('Deliveries before a message is dead-lettered; the handler fails transient errors so they are retried up to this many times. Same default as the app\'s Queue:MaxDequeueCount (a test checks).')
@minValue(1)
param maxDeliveryCount int = 10
@description('Peek-lock duration: longer than one batch item takes through a cold GPU worker.')
param lockDuration string = 'PT2M'
@description('Name of the function app\'s user-assigned identity, which receives.')
param receiverIdentityName string
@description('Principal ids allowed to enqueue batch jobs (e.g. a batch submitter identity); may be empty.')
param senderPrincipalIds array = []

resource receiver 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: receiverIdentityName
}

resource namespace 'Microsoft.ServiceBus/namespaces@2026-01-01' = {
  name: namespaceName
  location: location
  tags: tags
  sku: { name: sku, tier: sku }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }
}

resource queue 'Microsoft.ServiceBus/namespaces/queues@2026-01-01' = {
  parent: namespace
  name: queueName
  properties: {
    maxDeliveryCount: maxDeliveryCount
    lockDuration: lockDuration
    deadLetteringOnMessageExpiration: true
    defaultMessageTimeToLive: 'P7D'
    maxSizeInMegabytes: 1024
  }
}

var dataReceiver = '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
var dataSender = '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'

resource receiverRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(queue.id, receiver.id, dataReceiver)
  scope: queue
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', dataReceiver)
    principalId: receiver.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource senderRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for principalId in senderPrincipalIds: {
    name: guid(queue.id, principalId, dataSender)
    scope: queue
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', dataSender)
      principalId: principalId
    }
  }
]

output namespaceName string = namespace.name
// serviceBusEndpoint is https://<ns>.servicebus.windows.net:443/ (cloud-specific suffix); keep the host.
output fullyQualifiedNamespace string = split(split(namespace.properties.serviceBusEndpoint, '//')[1], ':')[0]
output queueName string = queue.name
// The function app reads it as Queue__MaxDequeueCount (its last delivery is stored as dead-lettered).
output maxDeliveryCount int = queue.properties.maxDeliveryCount
