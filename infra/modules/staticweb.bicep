// The web app: a Standard Static Web App (Standard is needed for a linked backend and for custom roles
// through rolesSource). Its /api/* requests go to the linked Function App; staticwebapp.config.json
// sets "rolesSource": "/api/access/roles", so at each sign-in the roles bound to the user are added.
param name string
param location string
param tags object

@description('Resource id of the Function App to link as the backend.')
param backendResourceId string
param backendLocation string

@description('Client id of the Entra ID app registration that staticwebapp.config.json signs in with; empty leaves sign-in unconfigured.')
param aadClientId string
@secure()
@description('Client secret of that app registration.')
param aadClientSecret string

resource web 'Microsoft.Web/staticSites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    provider: 'Custom'
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }

  // Linking makes the Function App accept only requests that come through this Static Web App (an
  // identity provider "Azure Static Web Apps (Linked)" is set on it), with the signed-in user's
  // principal in x-ms-client-principal.
  resource backend 'linkedBackends' = {
    name: 'api'
    properties: {
      backendResourceId: backendResourceId
      region: backendLocation
    }
  }

  // The setting names that staticwebapp.config.json's azureActiveDirectory registration reads.
  resource appSettings 'config' = if (!empty(aadClientId)) {
    name: 'appsettings'
    properties: {
      AZURE_CLIENT_ID: aadClientId
      AZURE_CLIENT_SECRET: aadClientSecret
    }
  }
}

output name string = web.name
output defaultHostName string = web.properties.defaultHostname
