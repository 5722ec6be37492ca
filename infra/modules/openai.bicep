// Optional Azure OpenAI for tagging interview notes. Keys are off (disableLocalAuth): the Function App
// calls it with its managed identity (role Cognitive Services OpenAI User).
param name string
param location string
param tags object

param deploymentName string
param modelName string
param modelVersion string
@allowed(['Standard', 'DataZoneStandard', 'GlobalStandard'])
param deploymentSku string
@description('Capacity in thousands of tokens per minute.')
param capacity int

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }

  resource deployment 'deployments' = {
    name: deploymentName
    sku: {
      name: deploymentSku
      capacity: capacity
    }
    properties: {
      model: {
        format: 'OpenAI'
        name: modelName
        version: modelVersion
      }
    }
  }
}

output name string = account.name
output endpoint string = account.properties.endpoint
output deploymentName string = account::deployment.name
