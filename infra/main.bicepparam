// Default parameters for a small deployment. No secrets here: every service uses managed identity.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam
using 'main.bicep'

param namePrefix = 'llmrouter'

// Pay-per-token GlobalStandard deployments cost nothing while idle. Names match the router's
// default model names (Router:Routes:Closed:Model, Router:PremiumModel) and price catalogue.
param openAiDeployments = [
  {
    name: 'gpt-4o-mini'
    model: 'gpt-4o-mini'
    version: '2024-07-18'
    sku: 'GlobalStandard'
    capacity: 50
    weight: 1
  }
  {
    name: 'gpt-4o'
    model: 'gpt-4o'
    version: '2024-11-20'
    sku: 'GlobalStandard'
    capacity: 30
    weight: 1
  }
]

// Global Batch: half the token price, answers within 24 h, for queue messages with "completionWindow": "24h"
// (docs/functions.md). Empty: none. Each needs a GlobalBatch price under Router:DeploymentPrices:{name}, e.g.
// [{ name: 'gpt-4o-batch', model: 'gpt-4o', version: '2024-11-20', capacity: 250 }]
param openAiBatchDeployments = []

// T4 (16 GB) runs a 7-8B model in Q4_K_M; switch to the A100 profile for larger models.
param gpuProfileType = 'Consumption-GPU-NC8as-T4'
param modelFileName = 'model.gguf'
param gpuMaxReplicas = 1

// Empty until the worker image is pushed; then e.g. '<registryLoginServer>/gpu-worker:1'.
param gpuWorkerImage = ''

param redisSkuName = 'Balanced_B0'
param serviceBusSku = 'Basic'
