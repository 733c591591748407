// Virtual network so that prompts the router sends to the private GPU worker never leave Azure's
// private address space: the Container Apps environment is internal (no public endpoint) and
// the Flex Consumption function app joins the VNet through its own delegated subnet.

param location string
param tags object
param vnetName string
param addressPrefix string = '10.40.0.0/16'
@description('Function app (Flex Consumption) integration subnet.')
param functionSubnetPrefix string = '10.40.1.0/24'
@description('Container Apps environment subnet (workload profiles need at least /27).')
param containerAppsSubnetPrefix string = '10.40.2.0/23'

resource vnet 'Microsoft.Network/virtualNetworks@2026-03-01' = {
  name: vnetName
  location: location
  tags: tags
  properties: {
    addressSpace: { addressPrefixes: [addressPrefix] }
    subnets: [
      {
        name: 'functions'
        properties: {
          addressPrefix: functionSubnetPrefix
          // Flex Consumption VNet integration delegates to Microsoft.App/environments.
          delegations: [{ name: 'flex', properties: { serviceName: 'Microsoft.App/environments' } }]
        }
      }
      {
        name: 'containerapps'
        properties: {
          addressPrefix: containerAppsSubnetPrefix
          delegations: [{ name: 'aca', properties: { serviceName: 'Microsoft.App/environments' } }]
        }
      }
    ]
  }
}

output vnetId string = vnet.id
output functionSubnetId string = vnet.properties.subnets[0].id
output containerAppsSubnetId string = vnet.properties.subnets[1].id
