// Knowledge in Azure: Static Web App (web) with a Flex Consumption Function App (api) as its linked
// backend, Table storage without shared keys, Application Insights and, when enabled, Azure OpenAI.
// azd layout: this file at subscription scope creates rg-<environment> and everything goes in it.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; the resource group is rg-<name> and resource names derive from it.')
param environmentName string

@minLength(1)
@description('Location of every resource except the Static Web App.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Location of the Static Web App, which is offered in few regions.')
@allowed(['westeurope', 'westus2', 'centralus', 'eastus2', 'eastasia'])
param webLocation string = 'westeurope'

@description('Principal id of the person running azd (AZURE_PRINCIPAL_ID), given table access for inspection; empty for none.')
param principalId string = ''
@allowed(['User', 'Group', 'ServicePrincipal'])
param principalType string = 'User'

@description('Client id of the Entra ID app registration users sign in with (staticwebapp.config.json: AZURE_CLIENT_ID).')
param aadClientId string = ''
@secure()
@description('Client secret of that app registration (AZURE_CLIENT_SECRET in the Static Web App\'s settings).')
param aadClientSecret string = ''

@description('Deploy Azure OpenAI for tagging interview notes. Without it the built-in tagger is used.')
param openAiEnabled bool = false
@description('Location of Azure OpenAI; the model must be offered there.')
param openAiLocation string = location
param openAiModelName string = 'gpt-4o-mini'
param openAiModelVersion string = '2024-07-18'
@description('DataZoneStandard keeps processing in the EU data zone when the account is in the EU.')
@allowed(['Standard', 'DataZoneStandard', 'GlobalStandard'])
param openAiDeploymentSku string = 'DataZoneStandard'
@minValue(1)
@description('Capacity in thousands of tokens per minute.')
param openAiDeploymentCapacity int = 10

@minValue(3)
@maxValue(100)
@description('Disclosure:MinimumPopulation: the fewest respondents a published breakdown may hold or differ from a wider one by.')
param disclosureMinimumPopulation int = 5
@minValue(1)
@description('Examples:SyncSeconds: how often, at most, an instance checks storage for catalogue edits made elsewhere.')
param examplesSyncSeconds int = 3

@allowed([512, 2048, 4096])
param functionInstanceMemoryMB int = 2048
@description('Flex Consumption accepts 40 to 1000.')
@minValue(40)
@maxValue(1000)
param functionMaximumInstanceCount int = 40

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}api-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
var openAiDeploymentName = 'tagging'
// Names are worked out here rather than taken from module outputs, so that What-If can follow them.
var names = {
  identity: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
  storage: '${abbrs.storageStorageAccounts}${resourceToken}'
  logAnalytics: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
  applicationInsights: '${abbrs.insightsComponents}${resourceToken}'
  openAi: '${abbrs.cognitiveServicesAccounts}${resourceToken}'
  plan: '${abbrs.webServerFarms}${resourceToken}'
  web: '${abbrs.webStaticSites}web-${resourceToken}'
}

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: names.storage
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
  }
}

module openAi 'modules/openai.bicep' = if (openAiEnabled) {
  name: 'openai'
  scope: rg
  params: {
    name: names.openAi
    location: openAiLocation
    tags: tags
    deploymentName: openAiDeploymentName
    modelName: openAiModelName
    modelVersion: openAiModelVersion
    deploymentSku: openAiDeploymentSku
    capacity: openAiDeploymentCapacity
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: names.storage
    applicationInsightsName: names.applicationInsights
    openAiAccountName: openAiEnabled ? names.openAi : ''
    identityName: names.identity
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
  dependsOn: [identity, storage, monitoring, openAi]
}

module api 'modules/functions.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    planName: names.plan
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: names.storage
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: names.applicationInsights
    openAiEndpoint: openAiEnabled ? openAi.?outputs.endpoint ?? '' : ''
    openAiDeployment: openAiEnabled ? openAiDeploymentName : ''
    disclosureMinimumPopulation: disclosureMinimumPopulation
    examplesSyncSeconds: examplesSyncSeconds
    instanceMemoryMB: functionInstanceMemoryMB
    maximumInstanceCount: functionMaximumInstanceCount
  }
  // The host starts as soon as the app exists and reaches storage with the identity's roles.
  dependsOn: [rbac]
}

module web 'modules/staticweb.bicep' = {
  name: 'web'
  scope: rg
  params: {
    name: names.web
    location: webLocation
    tags: tags
    backendResourceId: api.outputs.id
    backendLocation: api.outputs.location
    aadClientId: aadClientId
    aadClientSecret: aadClientSecret
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_WEB_NAME string = web.outputs.name
output SERVICE_WEB_URI string = 'https://${web.outputs.defaultHostName}'
output API_BASE_URL string = 'https://${web.outputs.defaultHostName}/api'
output STORAGE_ACCOUNT_NAME string = storage.outputs.name
output STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.connectionString
output AZURE_OPENAI_ENDPOINT string = openAiEnabled ? openAi.?outputs.endpoint ?? '' : ''
output AZURE_OPENAI_DEPLOYMENT string = openAiEnabled ? openAiDeploymentName : ''
