// The API: a Flex Consumption (FC1) Function App running as the user-assigned identity. The host's own
// storage (AzureWebJobsStorage) and the deployment package are reached with that identity too, so no
// app setting holds a key. The app is reached only through the Static Web App's linked backend
// (see staticweb.bicep): its auth settings are left to that link, which lets only the Static Web App in.
param name string
param planName string
param location string
param tags object

param identityId string
param identityClientId string

param storageAccountName string
param storageBlobEndpoint string
param storageTableEndpoint string
param deploymentContainerName string

param applicationInsightsName string

@description('Azure OpenAI endpoint; empty when Azure OpenAI is not deployed (notes are then tagged by the built-in tagger).')
param openAiEndpoint string
param openAiDeployment string

param disclosureMinimumPopulation int
param examplesSyncSeconds int

@allowed([512, 2048, 4096])
param instanceMemoryMB int
@description('Flex Consumption accepts 40 to 1000.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

var openAiSettings = empty(openAiEndpoint)
  ? {}
  : {
      OpenAI__Endpoint: openAiEndpoint
      OpenAI__Deployment: openAiDeployment
      OpenAI__ManagedIdentityClientId: identityClientId
    }

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  // Flex Consumption takes the worker runtime from functionAppConfig: FUNCTIONS_WORKER_RUNTIME and
  // FUNCTIONS_EXTENSION_VERSION must not be set here.
  resource appSettings 'config' = {
    name: 'appsettings'
    properties: union(
      {
        AzureWebJobsStorage__accountName: storageAccountName
        AzureWebJobsStorage__credential: 'managedidentity'
        AzureWebJobsStorage__clientId: identityClientId
        APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
        APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
        Storage__TableEndpoint: storageTableEndpoint
        Storage__ManagedIdentityClientId: identityClientId
        Disclosure__MinimumPopulation: string(disclosureMinimumPopulation)
        Examples__SyncSeconds: string(examplesSyncSeconds)
      },
      openAiSettings
    )
  }

  // azd deploys with an Entra ID token; publishing with a user name and password stays off.
  resource ftp 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }

  resource scm 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }
}

output id string = functionApp.id
output name string = functionApp.name
output location string = functionApp.location
output defaultHostName string = functionApp.properties.defaultHostName
