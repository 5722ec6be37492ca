// The framework and Shared namespaces nearly every feature file uses. Feature namespaces stay explicit in each file,
// so a file's usings still show which features it depends on.
global using System.ComponentModel.DataAnnotations;
global using System.Globalization;
global using System.Text;
global using System.Text.Json;
global using System.Text.Json.Nodes;
global using System.Text.Json.Serialization;
global using Azure.Data.Tables;
global using Knowledge.Shared;
global using Knowledge.Shared.Http;
global using Microsoft.AspNetCore.Http;
global using Microsoft.Azure.Functions.Worker;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Logging;
