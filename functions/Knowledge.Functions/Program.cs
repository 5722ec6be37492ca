using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace Knowledge;

// Internal on purpose: the standalone host has its own Program, and two public ones collide (CS0433) in tests.
internal static class Program
{
    private static void Main(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<ExceptionHandlingMiddleware>();
        builder.UseMiddleware<RequestHeadMiddleware>();
        builder.UseMiddleware<RoleGateMiddleware>();
        builder.Services.AddKnowledge(builder.Configuration);
        builder.Build().Run();
    }
}
