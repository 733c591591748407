// Private DNS for the internal Container Apps environment: resolves <app>.<defaultDomain> to the
// environment's internal IP inside the VNet, so the function app reaches the GPU worker privately.
// A separate module because the zone name (the environment's default domain) is only known at run time.

param tags object
param zoneName string
param staticIp string
param vnetId string

resource zone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: zoneName
  location: 'global'
  tags: tags
}

resource wildcard 'Microsoft.Network/privateDnsZones/A@2024-06-01' = {
  parent: zone
  name: '*'
  properties: {
    ttl: 300
    aRecords: [{ ipv4Address: staticIp }]
  }
}

resource link 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: zone
  name: 'vnet'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: vnetId }
  }
}

output zoneName string = zone.name
output linkName string = link.name
output recordName string = wildcard.name
