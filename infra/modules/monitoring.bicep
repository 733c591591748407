// Log Analytics workspace and workspace-based Application Insights.
// Local (key) ingestion is disabled: the apps send telemetry with Entra ID
// (APPLICATIONINSIGHTS_AUTHENTICATION_STRING + Monitoring Metrics Publisher).

param location string
param tags object
param workspaceName string
param appInsightsName string

@description('Days to keep logs; 30 is the retention included in the ingestion price.')
param retentionInDays int = 30

@description('Daily ingestion cap in GB so a noisy bug cannot run up the bill; -1 for none.')
param dailyQuotaGb int = 1

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
    workspaceCapping: { dailyQuotaGb: dailyQuotaGb }
    features: { disableLocalAuth: true }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
}

output workspaceId string = workspace.id
output appInsightsId string = appInsights.id
output appInsightsName string = appInsights.name
// The connection string holds only the instrumentation key and endpoints; with local auth
// disabled it grants nothing on its own, so it is not a secret.
output appInsightsConnectionString string = appInsights.properties.ConnectionString
