using System.Reflection;
using Knowledge.Shared.Http;
using Microsoft.Azure.Functions.Worker;

namespace Knowledge.LocalHost.Functions;

/// <summary>An HTTP-triggered function as the Functions host would route it, with who may call it.</summary>
internal sealed record HttpFunction(string Name, string Route, IReadOnlyList<string> Methods, MethodInfo Method, AccessAttribute Access);

/// <summary>A timer-triggered function with its NCRONTAB schedule.</summary>
internal sealed record TimerFunction(string Name, string Schedule, bool RunOnStartup, MethodInfo Method);

/// <summary>Finds the <c>[Function]</c> methods of an assembly the way the Functions SDK does when it writes functions.metadata.</summary>
internal sealed class FunctionCatalog
{
    public const string RoutePrefix = "api";

    private static readonly string[] AllMethods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

    private FunctionCatalog(IReadOnlyList<HttpFunction> http, IReadOnlyList<TimerFunction> timers)
    {
        Http = http;
        Timers = timers;
    }

    public IReadOnlyList<HttpFunction> Http { get; }

    public IReadOnlyList<TimerFunction> Timers { get; }

    public static FunctionCatalog Discover(Assembly assembly)
    {
        var http = new List<HttpFunction>();
        var timers = new List<TimerFunction>();
        var types = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } || t is { IsAbstract: true, IsSealed: true });
        foreach (var method in types.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)))
        {
            if (method.GetCustomAttribute<FunctionAttribute>() is not { } function)
            {
                continue;
            }

            foreach (var parameter in method.GetParameters())
            {
                if (parameter.GetCustomAttribute<HttpTriggerAttribute>() is { } trigger)
                {
                    var methods = trigger.Methods is { Length: > 0 } ? trigger.Methods.Select(m => m.ToUpperInvariant()).ToArray() : AllMethods;
                    http.Add(new HttpFunction(function.Name, trigger.Route ?? function.Name, methods, method, RoleGate.Declared(method)));
                }
                else if (parameter.GetCustomAttribute<TimerTriggerAttribute>() is { } timer)
                {
                    timers.Add(new TimerFunction(function.Name, timer.Schedule, timer.RunOnStartup, method));
                }
            }
        }

        return new FunctionCatalog(http, timers);
    }
}
