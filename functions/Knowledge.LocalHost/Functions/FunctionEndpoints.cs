using System.Reflection;
using Knowledge.Shared;
using Knowledge.Shared.Http;

namespace Knowledge.LocalHost.Functions;

internal static class FunctionEndpoints
{
    /// <summary>Registers the catalog of an assembly's functions and the scheduler for its timers.</summary>
    public static IServiceCollection AddFunctionsOf(this IServiceCollection services, Assembly assembly)
    {
        var catalog = FunctionCatalog.Discover(assembly);
        foreach (var function in catalog.Http.Select(f => f.Method).Concat(catalog.Timers.Select(t => t.Method)))
        {
            FunctionInvoker.EnsureBindable(function);
        }

        services.AddSingleton(catalog);
        services.AddHostedService<TimerFunctionScheduler>();
        return services;
    }

    /// <summary>Maps every HTTP function under /api with the route and methods of its trigger.</summary>
    public static IEndpointRouteBuilder MapFunctions(this IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.ServiceProvider.GetRequiredService<FunctionCatalog>();
        foreach (var function in catalog.Http)
        {
            endpoints
                .MapMethods($"/{FunctionCatalog.RoutePrefix}/{function.Route}", function.Methods, context => InvokeAsync(function, context))
                .WithName(function.Name);
        }

        return endpoints;
    }

    // What the worker's RequestHeadMiddleware, RoleGateMiddleware and ExceptionHandlingMiddleware do in Azure, so
    // both hosts answer alike.
    private static async Task InvokeAsync(HttpFunction function, HttpContext context)
    {
        if ((RequestHead.Check(context.Request) ?? RoleGate.Admit(context, function.Access)) is { } problem)
        {
            await problem.ExecuteAsync(context);
            return;
        }

        try
        {
            await FunctionInvoker.InvokeHttpAsync(function.Method, context);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FunctionFailure).FullName!);
            await FunctionFailure.WriteAsync(context, ex, function.Name, context.TraceIdentifier, logger);
        }
    }
}
