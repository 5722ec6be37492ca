using Microsoft.Azure.Functions.Worker.Middleware;

namespace Knowledge.Shared.Http;

/// <summary>Runs the role gate (<see cref="RoleGate"/>) before every HTTP function in the Functions worker.</summary>
internal sealed class RoleGateMiddleware : IFunctionsWorkerMiddleware
{
    // Read once per process: the declarations are fixed at build time.
    private static readonly IReadOnlyDictionary<string, AccessAttribute> Declared = RoleGate.DeclaredIn(typeof(RoleGateMiddleware).Assembly);

    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is { } http && RoleGate.Admit(http, Declared[context.FunctionDefinition.Name]) is { } denied)
        {
            // As in RequestHeadMiddleware: the ASP.NET Core integration executes the IResult as the invocation's result.
            context.GetInvocationResult().Value = denied;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
