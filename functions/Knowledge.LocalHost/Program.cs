using Knowledge;
using Knowledge.LocalHost;
using Knowledge.LocalHost.Functions;
using Knowledge.LocalHost.SignIn;
using Microsoft.Extensions.FileProviders;

// The standalone host: the Functions app's own function classes and services on Kestrel, plus web/,
// for machines without Azure Functions Core Tools. Nothing here is deployed.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddKnowledge(builder.Configuration);
builder.Services.AddFunctionsOf(typeof(KnowledgeServiceCollectionExtensions).Assembly);
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

var developmentSignIn = app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("DevelopmentSignIn");
if (developmentSignIn)
{
    app.UseDevelopmentPrincipal();
}

var web = new PhysicalFileProvider(WebRoot.Locate(app.Configuration, app.Environment.ContentRootPath));
app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = web });
app.UseStaticFiles(new StaticFileOptions { FileProvider = web });

app.MapFunctions();
if (developmentSignIn)
{
    app.MapDevelopmentSignIn();
}

app.Run();

/// <summary>Entry point marker for WebApplicationFactory in tests.</summary>
public partial class Program;
